package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusException.Kind;
import dev.rackd.hal.modbus.ModbusTiming;
import dev.rackd.hal.power.pzem.PzemMeter;
import dev.rackd.hal.power.pzem.PzemSettings;
import dev.rackd.hal.serial.SerialSettings;
import dev.rackd.rig.pty.SocatPty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three PZEMs on one bus, the real driver against the simulator over a socat pseudo-terminal at 9600 baud. */
class PzemOverPtyTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private ModbusSlaveBus sim;
    private SupplyModel supply;
    private LoadModel load;
    private ModbusBus bus;
    private final List<PzemMeter> meters = new ArrayList<>();
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        supply = new SupplyModel(230, 50);
        load = new LoadModel(32);
        sim = new ModbusSlaveBus(SocatPty.open(dir, "ttyUSB0"), 9600);
        for (int phase = 1; phase <= 3; phase++) {
            sim.add(new PzemSimulator(phase, phase, supply, load, 1000));
        }
        sim.start();
        bus = ModbusBus.open(SerialSettings.eightN1(sim.driverPath(), 9600, Duration.ofMillis(20)),
                new ModbusTiming(Duration.ofMillis(200), 1));
        for (int phase = 1; phase <= 3; phase++) {
            PzemMeter m = new PzemMeter(new PzemSettings("pzem-l" + phase, phase, "l" + phase,
                    Duration.ofMillis(100), 2), bus, Clock.systemUTC());
            meters.add(m);
            m.start(seen.forDevice(m.id()));
        }
    }

    @AfterEach
    void stop() {
        meters.forEach(PzemMeter::close);
        sim.close();
    }

    @Test
    void threeMetersOnOneBusAnswerByAddress() {
        load.pin("l2_current", 27.5);
        await().atMost(WAIT).until(() -> seen.device("pzem-l2").good("l2_current").stream()
                .anyMatch(r -> r.value() == 27.5));
        for (int phase = 1; phase <= 3; phase++) {
            RecordingListener m = seen.device("pzem-l" + phase);
            await().atMost(WAIT).until(() -> !m.good("l" + phaseOf(m) + "_voltage").isEmpty());
        }
        assertThat(seen.device("pzem-l1").good("l1_voltage").get(0).value()).isBetween(225.0, 235.0);
        assertThat(seen.device("pzem-l3").good("frequency").get(0).value()).isBetween(49.9, 50.1);
        assertThat(seen.device("pzem-l2").good("l2_power").getLast().value()).isBetween(27.5 * 225 * 0.9, 27.5 * 235);
        assertThat(seen.events).allMatch(e -> e.online());
    }

    @Test
    void aLostNeutralsFourHundredVoltsArriveAsAFaultWithTheirNumberAndTheMeterStaysOnline() {
        awaitAllOnline();
        supply.pin("l1_voltage", 400);
        RecordingListener l1 = seen.device("pzem-l1");
        await().atMost(WAIT).until(() -> l1.of("l1_voltage").stream()
                .anyMatch(r -> r.quality() == Quality.FAULT && r.value() == 400.0));
        assertThat(l1.isOnline()).isTrue();
        assertThat(l1.of("l1_voltage").stream().filter(r -> r.quality() == Quality.FAULT))
                .allMatch(r -> r.value() == 400.0); // never NaN: the number is the news
        supply.release("l1_voltage");
        int before = l1.good("l1_voltage").size();
        await().atMost(WAIT).until(() -> l1.good("l1_voltage").size() > before);
        assertThat(l1.good("l1_voltage").getLast().value()).isBetween(225.0, 235.0);
    }

    @Test
    void crcErrorsTakeOnlyThatMeterOfflineAndItComesBack() {
        awaitAllOnline();
        sim.fault(2, SlaveFault.WRONG_CRC);
        await().atMost(WAIT).until(() -> seen.device("pzem-l2").isOffline());
        assertThat(seen.device("pzem-l2").lastEvent().orElseThrow().reason()).contains("CRC");
        assertThat(seen.device("pzem-l2").of("l2_current").getLast().quality()).isEqualTo(Quality.STALE);
        assertThat(bus.stats().failures(Kind.CRC)).isPositive();
        assertThat(seen.device("pzem-l1").isOnline()).isTrue();
        sim.fault(2, SlaveFault.NONE);
        await().atMost(WAIT).until(() -> seen.device("pzem-l2").isOnline());
    }

    @Test
    void silenceIsATimeout() {
        awaitAllOnline();
        sim.fault(3, SlaveFault.SILENCE);
        await().atMost(WAIT).until(() -> seen.device("pzem-l3").isOffline());
        assertThat(seen.device("pzem-l3").lastEvent().orElseThrow().reason())
                .contains("no answer from Modbus address 3");
        assertThat(seen.device("pzem-l2").isOnline()).isTrue();
    }

    @Test
    void garbageIsNotAReading() {
        awaitAllOnline();
        sim.fault(1, SlaveFault.GARBAGE);
        await().atMost(WAIT).until(() -> seen.device("pzem-l1").isOffline());
        int goodBefore = seen.device("pzem-l1").good("l1_voltage").size();
        long cyclesBefore = meters.get(0).cycles();
        await().atMost(WAIT).until(() -> meters.get(0).cycles() > cyclesBefore + 2);
        assertThat(seen.device("pzem-l1").good("l1_voltage")).hasSize(goodBefore);
        sim.fault(1, SlaveFault.NONE);
        await().atMost(WAIT).until(() -> seen.device("pzem-l1").isOnline());
    }

    @Test
    void answersSlowerThanTheTimeoutCountAsTimeouts() {
        awaitAllOnline();
        long timeouts = bus.stats().failures(Kind.TIMEOUT);
        sim.fault(1, SlaveFault.SLOW);
        await().atMost(WAIT).until(() -> seen.device("pzem-l1").isOffline());
        assertThat(bus.stats().failures(Kind.TIMEOUT)).isGreaterThan(timeouts);
        sim.fault(1, SlaveFault.NONE);
        await().atMost(WAIT).until(() -> seen.device("pzem-l1").isOnline());
    }

    @Test
    void answerFromTheWrongAddressIsRejected() {
        awaitAllOnline();
        sim.fault(2, SlaveFault.WRONG_ADDRESS);
        await().atMost(WAIT).until(() -> seen.device("pzem-l2").isOffline());
        assertThat(seen.device("pzem-l2").lastEvent().orElseThrow().reason()).contains("from address 3");
        assertThat(bus.stats().failures(Kind.WRONG_ADDRESS)).isPositive();
    }

    @Test
    void unpluggedAdapterTakesEveryMeterOfflineAndReplugBringsThemBack() throws Exception {
        awaitAllOnline();
        sim.unplug();
        await().atMost(WAIT).until(() -> meters.stream().allMatch(m -> seen.device(m.id()).isOffline()));
        assertThat(seen.device("pzem-l1").lastEvent().orElseThrow().reason()).contains("serial port", "ttyUSB0");
        long cycles = meters.get(0).cycles();
        await().atMost(WAIT).until(() -> meters.get(0).cycles() > cycles + 3); // the loop lives on
        sim.replug();
        await().atMost(WAIT).until(() -> meters.stream().allMatch(m -> seen.device(m.id()).isOnline()));
        assertThat(bus.stats().opens()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void energyResetZeroesTheCounter() throws Exception {
        awaitAllOnline();
        await().atMost(WAIT).until(() -> !seen.device("pzem-l1").good("energy").isEmpty());
        assertThat(seen.device("pzem-l1").good("energy").getLast().value()).isGreaterThanOrEqualTo(1000);
        meters.get(0).resetEnergy().get();
        int before = seen.device("pzem-l1").good("energy").size();
        await().atMost(WAIT).until(() -> seen.device("pzem-l1").good("energy").size() > before);
        assertThat(seen.device("pzem-l1").good("energy").getLast().value()).isLessThan(10);
    }

    private void awaitAllOnline() {
        await().atMost(WAIT).until(() -> meters.stream().allMatch(m -> seen.device(m.id()).isOnline()));
    }

    private static int phaseOf(RecordingListener device) {
        return Integer.parseInt(device.deviceId().substring("pzem-l".length()));
    }
}
