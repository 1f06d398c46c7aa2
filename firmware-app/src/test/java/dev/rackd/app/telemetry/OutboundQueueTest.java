package dev.rackd.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    private static Outbound msg(String topic, String payload, boolean retained) {
        return new Outbound(topic, payload.getBytes(StandardCharsets.UTF_8), 0, retained, null);
    }

    private static Outbound awaited(String topic, String payload, boolean retained) {
        return new Outbound(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained, null,
                new CompletableFuture<>(), 1);
    }

    private static List<String> drain(OutboundQueue q) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (Outbound m; (m = q.poll(0)) != null; ) {
            out.add(m.topic() + "=" + new String(m.payload(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void aNewerRetainedStateReplacesTheWaitingOneAndMovesBehindWhatCameBetween() throws Exception {
        OutboundQueue q = new OutboundQueue(10);
        q.offer(msg("v", "230.1", true));
        q.offer(msg("alert", "a", false));
        q.offer(msg("v", "231.4", true));
        q.offer(msg("alert", "b", false));

        assertThat(drain(q)).containsExactly("alert=a", "v=231.4", "alert=b");
    }

    @Test
    void whenFullTheOldestGoesAndIsCounted() throws Exception {
        OutboundQueue q = new OutboundQueue(3);
        for (int i = 0; i < 5; i++) {
            q.offer(msg("event", "e" + i, false));
        }
        assertThat(q.takeDropped()).isEqualTo(2);
        assertThat(q.takeDropped()).isZero();
        assertThat(drain(q)).containsExactly("event=e2", "event=e3", "event=e4");
    }

    @Test
    void retainedStateOfManyMetricsStaysBoundedByTopicsNotByTime() throws Exception {
        OutboundQueue q = new OutboundQueue(100);
        for (int second = 0; second < 600; second++) { // ten minutes of 50 metrics while the broker is away
            for (int m = 0; m < 50; m++) {
                q.offer(msg("m" + m, Integer.toString(second), true));
            }
        }
        assertThat(q.takeDropped()).isZero();
        assertThat(drain(q)).hasSize(50).allMatch(s -> s.endsWith("=599"));
    }

    @Test
    void aSenderWaitingForTheBrokerHearsAtOnceWhenItsMessageIsDropped() throws Exception {
        OutboundQueue q = new OutboundQueue(1);
        Outbound first = awaited("events", "breaker tripped", false);
        q.offer(first);
        q.offer(msg("events", "fan failed", false));
        assertThat(first.acked()).isCompletedExceptionally();
        assertThatThrownBy(first.acked()::join).hasMessageContaining("buffer of 1 messages was full");
    }

    @Test
    void aReplacedRetainedStateIsAcknowledgedWithTheNewerOne() throws Exception {
        OutboundQueue q = new OutboundQueue(10);
        Outbound older = awaited("alerts/amp-b", "warning", true);
        Outbound newer = awaited("alerts/amp-b", "critical", true);
        q.offer(older);
        q.offer(newer);
        assertThat(drain(q)).containsExactly("alerts/amp-b=critical");
        assertThat(older.acked()).isNotDone();
        newer.acked().complete(null);
        assertThat(older.acked()).isCompleted();
    }

    @Test
    void closingFailsWhatStillWaits() {
        OutboundQueue q = new OutboundQueue(10);
        Outbound waiting = awaited("events", "e1", false);
        q.offer(waiting);
        q.failAll("the MQTT link is closed");
        assertThat(q.size()).isZero();
        assertThatThrownBy(waiting.acked()::join).hasMessageContaining("the MQTT link is closed");
    }

    @Test
    void pollWaitsOnlyAsLongAsAsked() throws Exception {
        OutboundQueue q = new OutboundQueue(1);
        long t0 = System.nanoTime();
        assertThat(q.poll(50)).isNull();
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(40L, 2_000L);
    }
}
