package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProviderImpl;
import dev.rackd.hal.Quality;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.power.ina.InaCodec;
import dev.rackd.hal.power.ina.InaKind;
import dev.rackd.hal.power.ina.InaMonitor;
import dev.rackd.hal.power.ina.InaSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver on Pi4J 3.0.3's mock I2C, which (checked here on x86) keeps a FIFO of bytes per register:
 * a write appends, a read pops, and reading an empty register returns -1 instead of blocking.
 */
class InaMonitorMockI2cTest {
    /** Hands the driver a mock device whose register FIFOs hold the bytes the test queued (first open only). */
    static final class QueuedRegisters extends MockI2CProviderImpl {
        final Map<Integer, byte[]> queued = new LinkedHashMap<>();

        @Override
        public I2C create(I2CConfig config) {
            MockI2C chip = new MockI2C(this, config);
            queued.forEach((reg, bytes) -> chip.writeRegister(reg, bytes, 0, bytes.length));
            queued.clear();
            return chip;
        }
    }

    private Context pi4j;

    @AfterEach
    void shutdown() {
        if (pi4j != null) {
            pi4j.shutdown();
        }
    }

    @Test
    void mockI2cIsAFifoPerRegister() {
        pi4j = Pi4J.newContextBuilder().add(new MockI2CProviderImpl()).build();
        I2C i2c = pi4j.create(I2C.newConfigBuilder(pi4j).id("fifo").bus(1).device(0x40).build());
        i2c.writeRegister(1, new byte[] {0x12, 0x34, 0x56, 0x78}, 0, 4);
        assertThat(i2c.readRegisterWord(1)).isEqualTo(0x1234);
        assertThat(i2c.readRegisterWord(1)).isEqualTo(0x5678);
        assertThat(i2c.readRegister(1, new byte[2], 0, 2)).isEqualTo(-1);
        assertThat(i2c.readRegister(2, new byte[2], 0, 2)).isEqualTo(-1);
    }

    @Test
    void ina226ReadsTwoSamplesThenGoesOfflineWhenTheChipFallsSilent() {
        QueuedRegisters chip = new QueuedRegisters();
        chip.queued.put(InaCodec.MANUFACTURER_ID, new byte[] {0x54, 0x49});
        // shunt 10000 x 2.5 µV = 25 mV -> 0.25 A on 0.1 ohm; then 20 mV -> 0.2 A
        chip.queued.put(InaCodec.SHUNT_VOLTAGE, new byte[] {0x27, 0x10, 0x1F, 0x40});
        // bus 4000 x 1.25 mV = 5.0 V; then 4096 -> 5.12 V
        chip.queued.put(InaCodec.BUS_VOLTAGE, new byte[] {0x0F, (byte) 0xA0, 0x10, 0x00});
        pi4j = Pi4J.newContextBuilder().add(chip).build();

        RecordingListener seen = new RecordingListener();
        InaSettings settings = new InaSettings("pi-5v", InaKind.INA226, 1, 0x40, 0.1, 3.0, Duration.ofMillis(20), 2);
        try (InaMonitor monitor = new InaMonitor(settings, () -> pi4j, new BusLoop("i2c-1"), Clock.systemUTC())) {
            monitor.start(seen);
            await().atMost(Duration.ofSeconds(15)).until(seen::isOffline);
            assertThat(seen.good("current")).extracting(r -> r.value())
                    .satisfiesExactly(a -> assertThat(a).isCloseTo(0.25, within(1e-9)),
                            a -> assertThat(a).isCloseTo(0.2, within(1e-9)));
            assertThat(seen.good("voltage")).extracting(r -> r.value())
                    .satisfiesExactly(v -> assertThat(v).isCloseTo(5.0, within(1e-9)),
                            v -> assertThat(v).isCloseTo(5.12, within(1e-9)));
            assertThat(seen.good("power").get(0).value()).isCloseTo(1.25, within(1e-9));
            assertThat(seen.of("current")).last().extracting(r -> r.quality()).isEqualTo(Quality.STALE);
            assertThat(seen.lastEvent().orElseThrow().reason()).contains("INA226 at 0x40 on I2C bus 1");
            assertThat(monitor.cycles()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void anotherChipAtTheAddressIsNotMistakenForAnIna226() {
        QueuedRegisters chip = new QueuedRegisters();
        chip.queued.put(InaCodec.MANUFACTURER_ID, new byte[] {0x00, 0x00});
        pi4j = Pi4J.newContextBuilder().add(chip).build();
        RecordingListener seen = new RecordingListener();
        InaSettings settings = new InaSettings("rail", InaKind.INA226, 1, 0x41, 0.1, 3.0, Duration.ofMillis(20), 1);
        try (InaMonitor monitor = new InaMonitor(settings, () -> pi4j, new BusLoop("i2c-1"), Clock.systemUTC())) {
            monitor.start(seen);
            await().atMost(Duration.ofSeconds(15)).until(seen::isOffline);
            assertThat(seen.lastEvent().orElseThrow().reason()).contains("is not an INA226");
            assertThat(seen.readings).isEmpty();
        }
    }
}
