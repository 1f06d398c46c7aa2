package dev.rackd.rig.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueModelsTest {
    private final SplittableRandom random = new SplittableRandom(1);

    private static double[] run(DeviceModel m, double load, ShowLoad.Part part, int seconds) {
        double[] out = new double[m.metrics().size()];
        for (int i = 0; i < seconds; i++) {
            m.step(1, load, part, out);
        }
        return out;
    }

    private static int index(DeviceModel m, String metric) {
        List<String> names = m.metrics().stream().map(MetricSpec::name).toList();
        assertThat(names).contains(metric);
        return names.indexOf(metric);
    }

    @Test
    void aThreePhaseMeterStaysInsideEn50160AndBelowItsBreaker() {
        var show = Shows.small();
        var meter = new MeterModel(show.powerMeters().get(0), new Mains(show.rack().mains(), random), random);
        for (double load : new double[] {0.1, 0.95}) {
            double[] v = run(meter, load, ShowLoad.Part.SHOW, 600);
            for (String p : List.of("l1", "l2", "l3")) {
                assertThat(v[index(meter, p + "_voltage")]).isBetween(207.0, 253.0);
                assertThat(v[index(meter, p + "_current")]).isBetween(0.0, 32.0 * 0.8);
                assertThat(v[index(meter, p + "_power")]).isCloseTo(v[index(meter, p + "_voltage")]
                        * v[index(meter, p + "_current")] * v[index(meter, p + "_power_factor")], within(0.01));
            }
            assertThat(v[index(meter, "frequency")]).isBetween(49.5, 50.5);
        }
    }

    @Test
    void currentsFollowTheLoadAndEnergyOnlyCountsUp() {
        var show = Shows.small();
        var meter = new MeterModel(show.powerMeters().get(0), new Mains(show.rack().mains(), random), random);
        double quiet = run(meter, 0.1, ShowLoad.Part.CHANGEOVER, 10)[index(meter, "l1_current")];
        double energyBefore = run(meter, 0.1, ShowLoad.Part.CHANGEOVER, 1)[index(meter, "energy")];
        double loud = run(meter, 0.9, ShowLoad.Part.SHOW, 3600)[index(meter, "l1_current")];
        double energyAfter = run(meter, 0.9, ShowLoad.Part.SHOW, 1)[index(meter, "energy")];

        assertThat(loud).isGreaterThan(quiet * 5);
        // an hour at about 4.5 + 3.9 + 3.3 kW on the three phases
        assertThat(energyAfter - energyBefore).isBetween(10_000.0, 14_000.0);
    }

    @Test
    void anAmpHeatsDuringASetAndCoolsAtRestAndAMutedChannelStaysCool() {
        var amp = new AmpModel(Shows.small().amplifiers().get(0), random);
        double start = run(amp, 0.1, ShowLoad.Part.CHANGEOVER, 1)[index(amp, "ch1_temperature")];
        double[] hot = run(amp, 0.95, ShowLoad.Part.SHOW, 900);
        double[] cooled = run(amp, 0.1, ShowLoad.Part.CHANGEOVER, 900);

        assertThat(hot[index(amp, "ch1_temperature")]).isGreaterThan(start + 20).isLessThan(65);
        assertThat(cooled[index(amp, "ch1_temperature")]).isLessThan(hot[index(amp, "ch1_temperature")] - 15);
        assertThat(hot[index(amp, "ch2_temperature")]).isLessThan(31);
        assertThat(hot[index(amp, "ch1_gain")]).isEqualTo(-3);
        assertThat(hot[index(amp, "ch2_mute")]).isEqualTo(1);
        assertThat(hot[index(amp, "ch1_load")]).isCloseTo(4, within(0.5));
        assertThat(hot[index(amp, "ch1_output_voltage")]).isGreaterThan(10);
        assertThat(hot[index(amp, "ch2_output_voltage")]).isZero();
    }

    @Test
    void aTransmitterBatteryDrainsAndIsSwappedAtAChangeover() {
        var rx = new ReceiverModel(Shows.small().receivers().get(0), random);
        double[] first = run(rx, 0.5, ShowLoad.Part.SHOW, 1);
        double[] later = run(rx, 0.5, ShowLoad.Part.SHOW, 600);
        int minutes = index(rx, "ch1_battery_minutes");
        int bars = index(rx, "ch1_battery_bars");

        assertThat(later[minutes]).isCloseTo(first[minutes] - 10 * ReceiverModel.DRAIN_SPEEDUP, within(1.5));
        assertThat(later[bars]).isBetween(0.0, 5.0);
        double[] drained = run(rx, 0.5, ShowLoad.Part.SHOW, 3600);
        assertThat(drained[minutes]).isZero();
        assertThat(drained[bars]).isZero();
        assertThat(run(rx, 0.1, ShowLoad.Part.CHANGEOVER, 1)[bars]).isEqualTo(5);
        assertThat(later[index(rx, "ch1_frequency")]).isEqualTo(482350);
        assertThat(later[index(rx, "ch1_rf")]).isBetween(-95.0, -25.0);
    }

    @Test
    void aDcRailTakesItsVoltageFromItsName() {
        assertThat(DcRailModel.nominalVolts("24 V rail rail-24v")).isEqualTo(24);
        assertThat(DcRailModel.nominalVolts("fans rail-5v")).isEqualTo(5);
        assertThat(DcRailModel.nominalVolts("fans")).isEqualTo(12);
        var rail = new DcRailModel(Shows.small().dcMonitors().get(0), random);
        assertThat(run(rail, 0.5, ShowLoad.Part.SHOW, 10)[index(rail, "voltage")]).isBetween(23.0, 24.5);
    }

    @Test
    void reportedValuesLandOnTheDevicesResolution() {
        assertThat(new MetricSpec("v", dev.rackd.hal.Unit.VOLT, 0.1).round(231.43999)).isEqualTo(231.4);
        assertThat(new MetricSpec("t", dev.rackd.hal.Unit.CELSIUS, 0.0625).round(23.19)).isEqualTo(23.1875);
    }
}
