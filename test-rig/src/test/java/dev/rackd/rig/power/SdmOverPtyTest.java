package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusTiming;
import dev.rackd.hal.power.sdm.SdmMeter;
import dev.rackd.hal.power.sdm.SdmModel;
import dev.rackd.hal.power.sdm.SdmSettings;
import dev.rackd.hal.serial.SerialSettings;
import dev.rackd.rig.pty.SocatPty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SDM630 and an SDM120 sharing a line, the real driver against the simulator over a socat pty. */
class SdmOverPtyTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private ModbusSlaveBus sim;
    private LoadModel distro;
    private SupplyModel supply;
    private SdmMeter sdm630;
    private SdmMeter sdm120;
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        supply = new SupplyModel(230, 50);
        distro = new LoadModel(63);
        sim = new ModbusSlaveBus(SocatPty.open(dir, "ttyUSB1"), 9600)
                .add(new SdmSimulator(1, List.of(1, 2, 3), supply, distro, 5_000))
                .add(new SdmSimulator(7, List.of(2), supply, new LoadModel(16), 0))
                .start();
        ModbusBus bus = ModbusBus.open(SerialSettings.eightN1(sim.driverPath(), 9600, Duration.ofMillis(20)),
                new ModbusTiming(Duration.ofMillis(200), 1));
        sdm630 = new SdmMeter(new SdmSettings("distro", SdmModel.SDM630, 1, List.of("l1", "l2", "l3"),
                Duration.ofMillis(150), 2), bus, Clock.systemUTC());
        sdm120 = new SdmMeter(new SdmSettings("fx-rack", SdmModel.SDM120, 7, List.of("l2"),
                Duration.ofMillis(150), 2), bus, Clock.systemUTC());
        sdm630.start(seen.forDevice("distro"));
        sdm120.start(seen.forDevice("fx-rack"));
    }

    @AfterEach
    void stop() {
        sdm630.close();
        sdm120.close();
        sim.close();
    }

    @Test
    void threePhaseMeterReportsEveryPhaseAndTheNeutral() {
        distro.pin("l3_current", 40.0);
        supply.pin("frequency", 50.25);
        RecordingListener d = seen.device("distro");
        await().atMost(WAIT).until(() -> d.good("l3_current").stream().anyMatch(r -> r.value() == 40.0));
        assertThat(d.good("l1_voltage").getLast().value()).isBetween(225.0, 235.0);
        assertThat(d.good("l2_voltage").getLast().value()).isBetween(225.0, 235.0);
        assertThat(d.good("l3_power").getLast().value()).isCloseTo(40.0 * supplyVoltage(d, 3) * 0.97, within(60.0));
        assertThat(d.good("frequency").getLast().value()).isCloseTo(50.25, within(1e-4));
        assertThat(d.good("neutral_current").getLast().value()).isPositive();
        assertThat(d.good("energy").getLast().value()).isBetween(5_000.0, 5_100.0);
        assertThat(d.good("l2_power_factor").getLast().value()).isCloseTo(0.96, within(1e-4));
    }

    @Test
    void singlePhaseMeterSitsOnItsPhaseAndHasNoNeutral() {
        RecordingListener f = seen.device("fx-rack");
        await().atMost(WAIT).until(() -> !f.good("l2_current").isEmpty());
        assertThat(f.of("l1_current")).isEmpty();
        assertThat(f.of("neutral_current")).isEmpty();
        assertThat(f.good("l2_current").getLast().value()).isBetween(16 * 0.3, 16 * 0.6);
    }

    @Test
    void aBrokenCrcOnOneMeterLeavesTheOtherReading() {
        await().atMost(WAIT).until(() -> seen.device("distro").isOnline() && seen.device("fx-rack").isOnline());
        sim.fault(7, SlaveFault.WRONG_CRC);
        await().atMost(WAIT).until(() -> seen.device("fx-rack").isOffline());
        int before = seen.device("distro").good("l1_voltage").size();
        await().atMost(WAIT).until(() -> seen.device("distro").good("l1_voltage").size() > before + 2);
        assertThat(seen.device("distro").isOnline()).isTrue();
    }

    private static double supplyVoltage(RecordingListener d, int phase) {
        return d.good("l" + phase + "_voltage").getLast().value();
    }
}
