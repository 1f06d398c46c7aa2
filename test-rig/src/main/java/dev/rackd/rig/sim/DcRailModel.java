package dev.rackd.rig.sim;

import dev.rackd.config.DcMonitor;
import dev.rackd.hal.Unit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DC rail (fans, relays): its current rises with the show's load as the fans speed up, and the voltage
 * drops a little with the current. The nominal voltage is read from the label or id ("24 V rail",
 * "rail-24v"), 12 V when neither says.
 */
public final class DcRailModel implements DeviceModel {
    private static final Pattern VOLTS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[vV](?![a-zA-Z])");
    private static final List<MetricSpec> METRICS = List.of(new MetricSpec("voltage", Unit.VOLT, 0.01),
            new MetricSpec("current", Unit.AMPERE, 0.001), new MetricSpec("power", Unit.WATT, 0.01));

    private final double nominalV;
    private final double maxAmps;
    private final Drift ripple;

    DcRailModel(DcMonitor monitor, SplittableRandom random) {
        this.nominalV = nominalVolts(monitor.label() + " " + monitor.id());
        this.maxAmps = monitor.maxAmps();
        this.ripple = new Drift(0.02, 3, random);
    }

    public static double nominalVolts(String text) {
        Matcher m = VOLTS.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 12.0;
    }

    @Override
    public List<MetricSpec> metrics() {
        return METRICS;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        double amps = maxAmps * (0.2 + 0.45 * load);
        double volts = nominalV * (1 + ripple.step(dtSeconds) * 0.1) - 0.03 * amps;
        out[0] = volts;
        out[1] = amps;
        out[2] = volts * amps;
    }
}
