package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.systemd.ServiceSupervisor.StartStep;
import dev.rackd.app.systemd.StatusLine.Family;
import dev.rackd.app.systemd.StatusLine.MqttState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceSupervisorTest {
    private final AtomicLong nanos = new AtomicLong();
    private final RecordingNotifier notifier = new RecordingNotifier();
    // a long timeout keeps the background ticker out of the way; the tests tick by hand
    private final ServiceSupervisor supervisor =
            new ServiceSupervisor(notifier, Optional.of(Duration.ofHours(2)), nanos::get);

    @AfterEach
    void close() {
        supervisor.close();
    }

    @Test
    void readyOnlyOnceTheShowMessagingAndDriversAreUp() {
        supervisor.status(new StatusLine(List.of(new Family("meters", 3, 3)), 0, 0, MqttState.BUFFERING));
        supervisor.completed(StartStep.SHOW_LOADED);
        supervisor.completed(StartStep.DRIVERS_STARTED);
        supervisor.completed(StartStep.DRIVERS_STARTED);
        assertThat(notifier.sent).noneMatch(m -> m.contains("READY=1"));
        assertThat(supervisor.isReady()).isFalse();

        supervisor.completed(StartStep.MESSAGING_READY);
        assertThat(supervisor.isReady()).isTrue();
        assertThat(notifier.sent).filteredOn(m -> m.contains("READY=1")).containsExactly(
                "READY=1\nSTATUS=3/3 meters online, no alerts, MQTT buffering (broker unreachable)");
    }

    @Test
    void statusIsSentOnlyWhenItChanges() {
        StatusLine quiet = new StatusLine(List.of(new Family("amps", 2, 2)), 0, 0, MqttState.CONNECTED);
        supervisor.status(quiet);
        supervisor.status(quiet);
        supervisor.status(new StatusLine(List.of(new Family("amps", 1, 2)), 0, 1, MqttState.CONNECTED));
        assertThat(notifier.sent).containsExactly("STATUS=2/2 amps online, no alerts, MQTT connected",
                "STATUS=1/2 amps online, 1 warning, MQTT connected");
    }

    @Test
    void aStallShowsInTheStatusAndRecoveryClearsIt() {
        AtomicLong blocks = new AtomicLong();
        supervisor.register(ProgressSource.of("audio loop", Duration.ofSeconds(2), blocks::get));
        supervisor.status(new StatusLine(List.of(), 0, 0, MqttState.CONNECTED));
        notifier.sent.clear();

        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(supervisor.tick().pinged()).isFalse();
        assertThat(notifier.sent).singleElement().asString()
                .isEqualTo("STATUS=STALLED: audio loop 3.0 s | no devices, no alerts, MQTT connected");

        blocks.incrementAndGet();
        assertThat(supervisor.tick().pinged()).isTrue();
        assertThat(notifier.sent).containsExactly(
                "STATUS=STALLED: audio loop 3.0 s | no devices, no alerts, MQTT connected",
                "WATCHDOG=1",
                "STATUS=no devices, no alerts, MQTT connected");
    }

    @Test
    void stoppingTellsSystemd() {
        supervisor.stopping();
        assertThat(notifier.sent).containsExactly("STOPPING=1\nSTATUS=stopping");
    }
}
