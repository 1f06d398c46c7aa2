package dev.rackd.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    private static Outbound msg(String topic, String payload, boolean retained) {
        return new Outbound(topic, payload.getBytes(StandardCharsets.UTF_8), 0, retained, null);
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
    void pollWaitsOnlyAsLongAsAsked() throws Exception {
        OutboundQueue q = new OutboundQueue(1);
        long t0 = System.nanoTime();
        assertThat(q.poll(50)).isNull();
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(40L, 2_000L);
    }
}
