package dev.rackd.hal.power.sdm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.modbus.ModbusMaster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the driver makes of a phase voltage beyond the 100-289 V an SDM630 measures, from its registers. */
class SdmMeterRangeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T18:00:00Z"), ZoneOffset.UTC);

    /** An SDM630 answering L1 at {@code l1} volts, L2 and L3 at 230 V. */
    private static List<Reading> read(float l1) throws Exception {
        ModbusMaster wire = (address, function, request, shape) -> {
            int start = ((request[0] & 0xFF) << 8) | (request[1] & 0xFF);
            int count = ((request[2] & 0xFF) << 8) | (request[3] & 0xFF);
            int[] regs = new int[count];
            if (start == 0) {
                put(regs, 0, l1);
                put(regs, 2, 230f);
                put(regs, 4, 230f);
                put(regs, 0x1E, 1f); // power factors
                put(regs, 0x20, 1f);
                put(regs, 0x22, 1f);
            } else if (start == 0x46) {
                put(regs, 0, 50f);
            }
            byte[] data = new byte[2 * count];
            for (int i = 0; i < count; i++) {
                data[2 * i] = (byte) (regs[i] >>> 8);
                data[2 * i + 1] = (byte) regs[i];
            }
            return data;
        };
        return new SdmMeter(new SdmSettings("distro", SdmModel.SDM630, 1, List.of("l1", "l2", "l3"),
                Duration.ofSeconds(1), 3), null, CLOCK).read(wire);
    }

    private static void put(int[] regs, int at, float value) {
        int bits = Float.floatToIntBits(value);
        regs[at] = bits >>> 16;
        regs[at + 1] = bits & 0xFFFF;
    }

    private static Reading voltage(List<Reading> readings, String metric) {
        return readings.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aLostNeutralsFourHundredVoltsIsAFaultThatKeepsItsNumber() throws Exception {
        List<Reading> all = read(400f);
        assertThat(voltage(all, "l1_voltage")).satisfies(r -> {
            assertThat(r.quality()).isEqualTo(Quality.FAULT);
            assertThat(r.value()).isEqualTo(400.0);
        });
        assertThat(voltage(all, "l2_voltage").quality()).isEqualTo(Quality.GOOD);
    }

    @Test
    void theTopOfTheRangeIsGoodAndADeadPhaseIsAGoodZero() throws Exception {
        assertThat(voltage(read(289f), "l1_voltage").quality()).isEqualTo(Quality.GOOD);
        assertThat(voltage(read(289.5f), "l1_voltage").quality()).isEqualTo(Quality.FAULT);
        assertThat(voltage(read(0f), "l1_voltage")).satisfies(r -> {
            assertThat(r.quality()).isEqualTo(Quality.GOOD);
            assertThat(r.value()).isEqualTo(0.0);
        });
        assertThat(voltage(read(600f), "l1_voltage").value()).as("no supply has that: a corrupted answer").isNaN();
    }
}
