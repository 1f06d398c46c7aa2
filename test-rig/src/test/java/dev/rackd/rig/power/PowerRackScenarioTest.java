package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.power.PowerModule;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.ShowFile;
import dev.rackd.rig.fixtures.FakeRack;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power module on a simulated rack: real drivers over socat ptys and a sysfs-shaped folder, the
 * simulators' faults injected as the crew would, and what the crew is told.
 */
class PowerRackScenarioTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path work;

    private PowerFamilySimulator sim;
    private FakeRack rack;
    private PowerModule power;

    private void start(ShowFile show) throws Exception {
        sim = new PowerFamilySimulator();
        rack = new FakeRack(sim.start(show, work.resolve("sim")), work.resolve("state"));
        power = new PowerModule((output, on) -> energised -> { });
        power.start(rack);
    }

    @AfterEach
    void stop() {
        if (power != null) {
            power.stop();
            rack.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void phaseCreepingPast80PercentOnThePzemDistro() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        await().atMost(WAIT).until(() -> rack.reported("distro-l2", "l2_load").isPresent());
        assertThat(rack.alert("power.breaker", "distro-l2", "l2_load")).isEmpty();
        sim.inject("distro-l2", "l2_current", "27.5");
        await().atMost(WAIT).until(() -> rack.alert("power.breaker", "distro-l2", "l2_load").isPresent());
        assertThat(rack.alert("power.breaker", "distro-l2", "l2_load").get())
                .matches("warning: L2 at 86 % of its 32 A breaker: move load to L[13], the lightest phase "
                        + "\\(\\d+ %\\)");
        assertThat(rack.reported("distro-l1", "imbalance")).isPresent();
    }

    @Test
    void aNewShowsEnergyCountNeedsConfirmingBeforeItStartsFromZero() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        await().atMost(WAIT).until(() -> rack.reported("distro-l1", "show_energy").filter(wh -> wh >= 2).isPresent());
        assertThatThrownBy(() -> rack.command("energy_reset", "{}")).isInstanceOfSatisfying(CommandException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                    assertThat(e.getMessage()).isEqualTo("energy_reset sets every meter's show_energy back to zero;"
                            + " send \"confirm\": true to do it");
                });
        double refused = rack.reported("distro-l1", "show_energy").orElseThrow();
        await().atMost(WAIT).until(() -> rack.reported("distro-l1", "show_energy").orElseThrow() > refused);
        double before = rack.reported("distro-l1", "show_energy").orElseThrow(); // still counting: nothing was reset

        rack.command("energy_reset", "{\"confirm\": true}");
        await().atMost(WAIT).until(() -> rack.reported("distro-l1", "show_energy").orElseThrow() < before);
    }

    @Test
    void generatorFrequencyLeavingItsWindowOnTheSdm() throws Exception {
        start(PowerShows.sdmDistro(MainsMode.GENERATOR, Duration.ofMillis(250)));
        sim.inject("distro", "frequency", "51.4");
        await().atMost(WAIT).until(() -> rack.alert("power.frequency", "mains", "frequency").isPresent());
        assertThat(rack.alert("power.frequency", "mains", "frequency").get())
                .isEqualTo("warning: Generator frequency 51.4 Hz, window 49.0-51.0 Hz, seen by Distro");
        sim.inject("distro", "frequency", "release");
        await().atMost(WAIT).until(() -> rack.alert("power.frequency", "mains", "frequency").isEmpty());
    }

    @Test
    void aLostNeutralsFourHundredVoltsBeyondThePzemIsCriticalAndClearsWhenTheSupplyIsBack() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        sim.inject("distro-l1", "l1_voltage", "400");
        await().atMost(WAIT).until(() -> rack.alert("power.voltage", "distro-l1", "l1_voltage").isPresent());
        assertThat(rack.alert("power.voltage", "distro-l1", "l1_voltage").get()).isEqualTo("critical: L1 voltage reads "
                + "400 V, beyond what the meter measures (80-260 V): check the supply (lost neutral?) and the meter");
        sim.inject("distro-l1", "l1_voltage", "release");
        await().atMost(WAIT).until(() -> rack.alert("power.voltage", "distro-l1", "l1_voltage").isEmpty());
    }

    @Test
    void sequenceRefusedAt190Volts() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        sim.inject("distro-l1", "voltage", "190");
        await().atMost(WAIT).until(() -> rack.reported("distro-l1", "l1_voltage").orElse(0.0) == 190.0
                && rack.reported("distro-l3", "l3_voltage").orElse(0.0) == 190.0);
        ObjectNode args = new ObjectMapper().createObjectNode().put("action", "on");
        assertThatThrownBy(() -> rack.handler("sequence").handle(new CommandRequest("sequence", args, "fred",
                Role.CREW))).isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                    assertThat(e.getMessage()).isEqualTo(
                            "Step 1 (Amps A) not switched: L1 voltage 190 V, window 207-253 V");
                });
        assertThat(rack.retained("rackd/test-rack/power/sequence").orElseThrow())
                .contains("\"state\":\"refused\"");
    }

    @Test
    void sequenceOffWithoutConfirmSwitchesNothing() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        ObjectNode args = new ObjectMapper().createObjectNode().put("action", "off");
        assertThatThrownBy(() -> rack.handler("sequence").handle(new CommandRequest("sequence", args, "fred",
                Role.CREW))).isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                    assertThat(e.getMessage()).contains("send \"confirm\": true");
                });
        assertThat(rack.retained("rackd/test-rack/power/sequence").orElseThrow()).contains("\"state\":\"idle\"");

        Object running = rack.handler("sequence").handle(new CommandRequest("sequence", args.put("confirm", true),
                "fred", Role.CREW));
        assertThat(running.toString()).contains("off");
    }

    @Test
    void unpluggedMeterBusTakesTheDistroOfflineAndBack() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        await().atMost(WAIT).until(() -> rack.isOnline("distro-l1") && rack.isOnline("distro-l3"));
        sim.inject("distro-l1", "state", "unplug");
        await().atMost(WAIT).until(() -> !rack.isOnline("distro-l1") && !rack.isOnline("distro-l2"));
        sim.inject("distro-l1", "state", "replug");
        await().atMost(WAIT).until(() -> rack.isOnline("distro-l1") && rack.isOnline("distro-l2"));
    }

    @Test
    void hotAmpSensorAndAnUnderVoltagePi() throws Exception {
        start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofMillis(250)));
        sim.inject("amp-3-temp", "temperature", "57");
        await().atMost(WAIT).until(() -> rack.alert("temperature.limit", "amp-3-temp", "temperature").isPresent());
        assertThat(rack.alert("temperature.limit", "amp-3-temp", "temperature").get())
                .isEqualTo("warning: Amp 3 at 57.0 °C, limit 55 °C");
        sim.inject("pi", "under_voltage", "1");
        await().atMost(WAIT).until(() -> rack.reported("pi", "under_voltage").orElse(0.0) == 1.0);
        await().atMost(WAIT).until(() -> rack.alert("power.under_voltage", "pi", "under_voltage").isPresent());
        assertThat(rack.alert("power.under_voltage", "pi", "under_voltage").get()).isEqualTo("warning: Rack Pi "
                + "under-voltage: the Pi's supply is sagging: use the official supply or a shorter cable");
        sim.inject("pi", "under_voltage", "0");
        await().atMost(WAIT).until(() -> rack.alert("power.under_voltage", "pi", "under_voltage").isEmpty());
    }
}
