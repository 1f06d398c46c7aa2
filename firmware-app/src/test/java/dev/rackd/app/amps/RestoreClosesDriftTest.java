package dev.rackd.app.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift alerts of an amp put back to the show file by the crew's own restore, on the real alert engine. */
class RestoreClosesDriftTest {
    @TempDir
    Path dir;
    private final FakeAmp amp = new FakeAmp(4);
    private AlertEngine engine;

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aRestoreAcknowledgesTheDriftItPutRightSoNothingWaitsForASecondAcknowledge() throws Exception {
        AmpWatch watch = start();

        // somebody at the front panel: ch 3 up to 0 dB (show file -3), ch 2 unmuted (show file muted)
        watch.reading(Reading.good("amp-b", "ch3_gain", 0.0, Unit.DECIBEL, Instant.now()));
        watch.reading(Reading.good("amp-b", "ch2_mute", 0, Unit.NONE, Instant.now()));
        await().until(() -> engine.open().get().size() == 2);

        restore(watch, "cara");
        assertThat(engine.open().get()).extracting(Alert::ackedBy).containsOnly("cara");

        // the amp reports the show file's values again, as its driver does after the restore
        watch.reading(Reading.good("amp-b", "ch3_gain", -3.0, Unit.DECIBEL, Instant.now()));
        watch.reading(Reading.good("amp-b", "ch2_mute", 1, Unit.NONE, Instant.now()));
        await().untilAsserted(() -> assertThat(engine.open().get()).as("closed, not cleared and waiting").isEmpty());
        assertThat(engine.history(10, 0, "amp-b").get()).extracting(e -> e.alert().state())
                .doesNotContain(AlertStatus.CLEARED);
    }

    @Test
    void aCrewSettingStaysTheCrewsUntilTheRestoreHasSetItBack() throws Exception {
        AmpWatch watch = start();
        watch.crewSets(3, "gain", 0.0, "alice");
        watch.reading(Reading.good("amp-b", "ch3_gain", 0.0, Unit.DECIBEL, Instant.now()));
        await().until(() -> engine.open().get().size() == 1);
        // the amp keeps reporting alice's 0 dB while the restore works its way to channel 3
        amp.beforeSet = () -> watch.reading(Reading.good("amp-b", "ch3_gain", 0.0, Unit.DECIBEL, Instant.now()));
        restore(watch, "cara");
        assertThat(engine.history(20, 0, "amp-b").get()).extracting(e -> e.alert().severity())
                .as("never paged as drift").containsOnly(Severity.INFO);
    }

    @Test
    void aChannelTheRestoreCouldNotSetKeepsItsDriftUnacknowledged() throws Exception {
        AmpWatch watch = start();
        watch.reading(Reading.good("amp-b", "ch3_gain", 0.0, Unit.DECIBEL, Instant.now()));
        await().until(() -> engine.open().get().size() == 1);
        amp.gainCeiling = -4.5; // the amp refuses to go back up to -3 dB on ch 3
        restore(watch, "cara");
        assertThat(engine.open().get()).extracting(Alert::ackedBy).containsExactly((String) null);
        assertThat(amp.gains[3]).isEqualTo(-4.5);
    }

    private AmpWatch start() throws Exception {
        engine = new AlertEngine(TestShow.rack("foh").build(), new StateStore(dir, 4 << 20, Clock.systemUTC(), p -> {}),
                Clock.systemUTC());
        engine.start(new FakeRackState());
        return new AmpWatch(TestAmps.ampB(), amp, engine, new DeviceListener() {
            @Override
            public void reading(Reading reading) {}

            @Override
            public void online(String deviceId, boolean online, String reason) {}
        }, AmpWatch.Tuning.defaults());
    }

    private static void restore(AmpWatch watch, String user) throws Exception {
        Map<String, CommandHandler> handlers = new HashMap<>();
        new AmpCommands(Map.of("amp-b", watch), Clock.systemUTC()).register((name, roles, h) -> handlers.put(name, h));
        handlers.get("restore").handle(new CommandRequest("restore",
                (ObjectNode) new ObjectMapper().readTree("{\"device\":\"amp-b\",\"confirm\":true}"), user, Role.CREW));
    }
}
