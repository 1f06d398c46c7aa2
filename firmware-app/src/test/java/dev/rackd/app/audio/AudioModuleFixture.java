package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFileLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The audio module on a fake rack and card, with the service's alert engine when a test restarts it. */
abstract class AudioModuleFixture {
    static final int RATE = 48000;
    static final String SHOW = "rack: {id: foh-a}\naudio: {channels: 2, block_size: 64}\n";
    static final String EVENTS = "rackd/foh-a/audio/events";

    @TempDir
    Path stateDir;

    FakeRack rack;
    AlertEngine engine;

    @AfterEach
    void close() {
        if (rack != null) {
            rack.closeAll();
        }
        if (engine != null) {
            engine.close();
        }
    }

    FakeRack start(String yaml, FakePort port) throws Exception {
        rack = new FakeRack(yaml, stateDir);
        rack.alsoTo = engine;
        new AudioModule(s -> port, Duration.ofMillis(20), Duration.ofMillis(100),
                c -> c.withRetry(Duration.ofMillis(20), Duration.ofMillis(60), Duration.ofSeconds(5))).start(rack);
        return rack;
    }

    /**
     * Stops rackd and starts it again with the service's alert engine, which keeps what is open in the state folder
     * across the restart as in the service.
     */
    FakeRack restart(String yaml, FakePort port) throws Exception {
        if (rack != null) {
            rack.closeAll();
        }
        if (engine != null) {
            engine.close();
        }
        engine = new AlertEngine(ShowFileLoader.parse(yaml, "show.yaml"), new StateStore(stateDir, 1 << 20,
                Clock.systemUTC(), p -> { }), Clock.systemUTC());
        engine.start(new FakeRackState());
        return start(yaml, port);
    }

    /** The restore warning as the crew's alert list shows it; CLOSED when it is not listed. */
    AlertStatus restoreWarning() throws Exception {
        return engine.open().get(5, TimeUnit.SECONDS).stream().filter(a -> a.rule().equals(AudioModule.RESTORE_RULE))
                .map(Alert::state).findFirst().orElse(AlertStatus.CLOSED);
    }

    void writeSaved(String json) throws Exception {
        new StateStore(stateDir, 1 << 20, Clock.systemUTC(), p -> { }).write(FixedNotchStore.NAME,
                json.getBytes(StandardCharsets.UTF_8));
    }

    static final String RAISED_NOTCH = "{\"format\":1,\"channels\":[{\"channel\":1,\"notches\":[{\"hz\":1000,"
            + "\"depth_db\":3.0,\"width_oct\":0.1}]}]}";

    /** Channel 1 howls at 2500 Hz, growing 40 dB/s from -60 to -10 dBFS; channel 2 is silent. */
    static FakeLines howling() {
        FakeLines lines = new FakeLines(SampleFormat.PCM24, 2, 64, (frame, ch) -> ch == 1 ? 0f
                : (float) (Math.pow(10, Math.min(-10, -60 + 40.0 * frame / RATE) / 20)
                        * Math.sin(2 * Math.PI * 2500 * frame / RATE)), 10);
        lines.fastReads = 3 * RATE / 64;
        return lines;
    }

    static FakeLines silent() {
        FakeLines lines = new FakeLines(SampleFormat.PCM16, 2, 64, (frame, ch) -> 0f, 10);
        lines.fastReads = 0;
        return lines;
    }
}
