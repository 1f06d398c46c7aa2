package dev.rackd.hal.wireless.rfexplorer;

import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stitches sweeps of several spans into one scan on the plan's grid: every sweep point goes to its nearest grid
 * point, which keeps the highest level it is given (max hold: a carrier must not vanish between two sweeps); grid
 * points no sweep point landed on are interpolated between their filled neighbours.
 */
public final class ScanAssembler {
    private final ScanPlan plan;
    private final double[] levels;

    public ScanAssembler(ScanPlan plan) {
        this.plan = plan;
        this.levels = new double[plan.size()];
        Arrays.fill(levels, Double.NaN);
    }

    public void add(RfExplorerMessage.Config span, RfExplorerMessage.Sweep sweep) {
        double[] dbm = sweep.levelsDbm();
        for (int i = 0; i < dbm.length; i++) {
            long khz = span.pointKhz(i);
            long index = Math.round((khz - plan.fromKhz()) / (double) plan.resolutionKhz());
            if (index >= 0 && index < levels.length && (Double.isNaN(levels[(int) index]) || dbm[i] > levels[(int) index])) {
                levels[(int) index] = dbm[i];
            }
        }
    }

    /** True when at least one point is filled. */
    public boolean any() {
        return Arrays.stream(levels).anyMatch(d -> !Double.isNaN(d));
    }

    public List<ScanPoint> result() {
        double[] out = levels.clone();
        int prev = -1;
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                continue;
            }
            if (prev < 0) {
                Arrays.fill(out, 0, i, out[i]);
            } else if (i - prev > 1) {
                for (int k = prev + 1; k < i; k++) {
                    out[k] = out[prev] + (out[i] - out[prev]) * (k - prev) / (i - prev);
                }
            }
            prev = i;
        }
        if (prev >= 0) {
            Arrays.fill(out, prev + 1, out.length, out[prev]);
        }
        List<ScanPoint> points = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (!Double.isNaN(out[i])) {
                points.add(new ScanPoint(plan.fromKhz() + (long) i * plan.resolutionKhz(), out[i]));
            }
        }
        return points;
    }
}
