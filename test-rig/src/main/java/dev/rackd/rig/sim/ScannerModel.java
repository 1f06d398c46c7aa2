package dev.rackd.rig.sim;

import dev.rackd.hal.Unit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A spectrum scanner's summary of each sweep: the noise floor, and the strongest carrier in the UHF band
 * with its frequency (the TV transmitter down the road, most of the time).
 */
final class ScannerModel implements DeviceModel {
    private static final List<MetricSpec> METRICS = List.of(new MetricSpec("noise_floor", Unit.DBM, 0.5),
            new MetricSpec("peak_level", Unit.DBM, 0.5), new MetricSpec("peak_frequency", Unit.KILOHERTZ, 25));
    private static final double TV_CARRIER_KHZ = 602_000;

    private final Drift floor;
    private final Drift peak;

    ScannerModel(SplittableRandom random) {
        this.floor = new Drift(1.5, 10, random.split());
        this.peak = new Drift(3, 5, random.split());
    }

    @Override
    public List<MetricSpec> metrics() {
        return METRICS;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        out[0] = -104 + floor.step(dtSeconds);
        out[1] = -48 + peak.step(dtSeconds);
        out[2] = TV_CARRIER_KHZ;
    }
}
