package dev.rackd.rig.sim;

import java.util.List;

/** Plausible values for one simulated device, advanced in steps of time. */
interface DeviceModel {
    /** The metrics it reports, in a fixed order. */
    List<MetricSpec> metrics();

    /**
     * Advances the model by {@code dtSeconds} under the show's current {@code load} (0..1) and writes one
     * value per metric into {@code out}, in the order of {@link #metrics()}.
     */
    void step(double dtSeconds, double load, ShowLoad.Part part, double[] out);
}
