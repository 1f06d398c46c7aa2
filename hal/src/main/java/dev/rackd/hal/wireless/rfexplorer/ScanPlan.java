package dev.rackd.hal.wireless.rfexplorer;

import java.util.ArrayList;
import java.util.List;

/**
 * How a wide scan is cut into spans one sweep can cover at the asked resolution: each span is at most
 * (points - 1) x resolution wide and no wider than the unit allows.
 *
 * @param fromKhz       first frequency of the scan
 * @param toKhz         last frequency
 * @param resolutionKhz spacing of the scan points delivered
 */
public record ScanPlan(long fromKhz, long toKhz, int resolutionKhz) {
    public static final int MAX_SPANS = 500;

    public ScanPlan {
        if (fromKhz < 1 || toKhz <= fromKhz || toKhz > 9_999_999) {
            throw new IllegalArgumentException("scan range " + fromKhz + "-" + toKhz + " kHz is not valid");
        }
        if (resolutionKhz < 1 || resolutionKhz > 10_000) {
            throw new IllegalArgumentException("scan resolution must be 1 to 10000 kHz, got " + resolutionKhz);
        }
    }

    /** Spans as {start, end} kHz pairs, in order, for a unit sweeping {@code points} points per sweep. */
    public List<long[]> spans(int points, long maxSpanKhz) {
        long width = (long) Math.max(1, points - 1) * resolutionKhz;
        if (maxSpanKhz > 0) {
            width = Math.min(width, maxSpanKhz);
        }
        List<long[]> spans = new ArrayList<>();
        for (long start = fromKhz; start < toKhz; start += width) {
            spans.add(new long[] {start, Math.min(toKhz, start + width)});
            if (spans.size() > MAX_SPANS) {
                throw new IllegalArgumentException("scan " + fromKhz + "-" + toKhz + " kHz at " + resolutionKhz
                        + " kHz needs more than " + MAX_SPANS + " spans; use a coarser resolution");
            }
        }
        return spans;
    }

    /** Number of points delivered. */
    public int size() {
        return (int) ((toKhz - fromKhz) / resolutionKhz) + 1;
    }
}
