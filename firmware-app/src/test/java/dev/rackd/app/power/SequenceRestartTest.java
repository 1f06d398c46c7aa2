package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.SequenceStep;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power-on with long step delays (as at a show: minutes), stopped by a tech or cut by a restart of rackd: what
 * stays on, what the crew is told, and what a restart puts back.
 */
class SequenceRestartTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T18:00:00Z"));
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final ShowFile show = TestShows.pzemDistro(MainsMode.GRID);
    private final PowerWatch watch = new PowerWatch(show, alerts, r -> { }, out -> null, clock);
    private final List<SequenceStep> slow = show.sequence().stream()
            .map(s -> new SequenceStep(s.relay(), s.label(), Duration.ofMinutes(10))).toList();
    /** What each relay's line is driven to, as a multimeter on the relay board would see it. */
    private final Map<String, Boolean> lines = new ConcurrentHashMap<>();
    private final List<SequenceStatus> statuses = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;

    private Map<String, Relay> relays() {
        Map<String, Relay> r = new HashMap<>();
        for (SequenceStep s : slow) {
            r.put(s.relay(), on -> lines.put(s.relay(), on));
        }
        return r;
    }

    private PowerSequencer sequencer(RelayMemory memory, Set<String> wasOn) {
        return new PowerSequencer(slow, relays(), watch::stepBlocker, watch::mainsProblem, statuses::add,
                new AlertSink(alerts), wasOn, memory::save, id -> true);
    }

    private StateStore store() throws Exception {
        return new StateStore(dir, 64 * 1024, clock, p -> { });
    }

    private void mains() {
        for (int p = 1; p <= 3; p++) {
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_voltage", 231, Unit.VOLT, clock.instant()));
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_current", 5, Unit.AMPERE, clock.instant()));
            watch.accept(Reading.good("distro-l" + p, "frequency", 50.0, Unit.HERTZ, clock.instant()));
        }
    }

    @Test
    void offDuringAPowerOnStopsItAndSwitchesOffOnlyWhatWasOn() throws Exception {
        mains();
        PowerSequencer s = sequencer(new RelayMemory(store(), "boot-1"), Set.of());
        s.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().step() == 1); // 10 min until step 2
        SequenceStatus reply = s.start(false);
        assertThat(reply.message()).isEqualTo("power-on stopped by sequence off at step 1 of 3 (steps 2-3 not"
                + " switched); switching off step 1, in reverse");
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().state().equals("done"));
        assertThat(lines).containsExactly(Map.entry("relay-1", false)); // 2 and 3 were never touched
        assertThat(s.status().switched()).containsExactly("Step 1 (Amps A) off");
    }

    @Test
    void stopHaltsAPowerOnAndLeavesOnWhatIsOn() throws Exception {
        mains();
        PowerSequencer s = sequencer(new RelayMemory(store(), "boot-1"), Set.of());
        s.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().step() == 1);
        SequenceStatus stopped = s.stop();
        assertThat(stopped.state()).isEqualTo("stopped");
        assertThat(stopped.message())
                .isEqualTo("Power-on stopped by sequence stop at step 1 of 3; step 1 on, steps 2-3 off");
        assertThat(lines).containsExactly(Map.entry("relay-1", true));
        RecordingAlerts.Raised a = alerts.active(PowerSequencer.RULE, "sequence", "step").orElseThrow();
        assertThat(a.value()).isNaN(); // no meaningless number on the alert
    }

    @Test
    void aRestartMidPowerOnKeepsWhatWasOnAndSaysItWasInterrupted() throws Exception {
        mains();
        PowerSequencer before = sequencer(new RelayMemory(store(), "boot-1"), Set.of());
        before.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> before.status().step() == 1);

        before.shutdown(); // rackd stops: nothing is switched off
        assertThat(lines).containsExactly(Map.entry("relay-1", true));

        RelayMemory memory = new RelayMemory(store(), "boot-1");
        RelayMemory.Saved saved = memory.read().orElseThrow();
        assertThat(saved.on()).containsExactly("relay-1");
        PowerSequencer after = sequencer(memory, saved.on());
        after.restore(saved, true);
        assertThat(after.status().state()).isEqualTo("interrupted");
        assertThat(after.status().message()).isEqualTo("power-on was interrupted at step 1 of 3 by a restart; step 1"
                + " on, steps 2-3 off; send sequence on to finish");
        assertThat(alerts.active(PowerSequencer.RULE, "sequence", "step").orElseThrow().message())
                .isEqualTo(after.status().message());

        lines.clear();
        after.start(true); // finishes: step 1 is on already, step 2 comes first
        await().atMost(Duration.ofSeconds(5)).until(() -> after.status().step() == 2);
        assertThat(lines).containsExactly(Map.entry("relay-2", true));
        after.shutdown();
    }

    @Test
    void afterARebootTheAmpsAreOffAndRackdSaysSoWithoutSwitchingThemOn() throws Exception {
        RelayMemory first = new RelayMemory(store(), "boot-1");
        first.save(new SequenceStatus("done", "on", 3, 3, "all 3 steps on"), Set.of("relay-1", "relay-2", "relay-3"));
        RelayMemory memory = new RelayMemory(store(), "boot-2");
        RelayMemory.Saved saved = memory.read().orElseThrow();
        PowerSequencer after = sequencer(memory, Set.of());
        after.restore(saved, saved.boot().equals(memory.boot()));
        assertThat(after.status().message()).isEqualTo("the machine restarted (a reboot or a power cut), so its GPIO"
                + " lines went off: steps 1-3 were on and are off now; rackd does not switch amps on by itself: send"
                + " sequence on");
        assertThat(lines).isEmpty();
    }
}
