package dev.rackd.app.wireless.coord;

import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which frequencies a venue scan shows as taken. A frequency is occupied when any scan point within
 * {@code halfWidthKhz} of it is at or above the threshold; where the scan is coarser than that window, the two
 * nearest points either side decide. Outside the scanned span nothing counts as occupied.
 */
final class ScanOccupancy {
    private final long[] khz;
    private final double[] dbm;
    private final double thresholdDbm;
    private final int halfWidthKhz;

    ScanOccupancy(List<ScanPoint> scan, double thresholdDbm, int halfWidthKhz) {
        ScanPoint[] sorted = scan.toArray(ScanPoint[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(ScanPoint::frequencyKhz));
        this.khz = new long[sorted.length];
        this.dbm = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            khz[i] = sorted[i].frequencyKhz();
            dbm[i] = sorted[i].levelDbm();
        }
        this.thresholdDbm = thresholdDbm;
        this.halfWidthKhz = halfWidthKhz;
    }

    boolean occupied(long f) {
        if (khz.length == 0 || f < khz[0] - halfWidthKhz || f > khz[khz.length - 1] + halfWidthKhz) {
            return false;
        }
        int i = firstAtOrAbove(f - halfWidthKhz);
        boolean any = false;
        for (; i < khz.length && khz[i] <= f + halfWidthKhz; i++) {
            any = true;
            if (dbm[i] >= thresholdDbm) {
                return true;
            }
        }
        if (any) {
            return false;
        }
        // no point inside the window: the neighbours on either side speak for it
        int above = firstAtOrAbove(f);
        boolean hotBelow = above > 0 && dbm[above - 1] >= thresholdDbm;
        boolean hotAbove = above < khz.length && dbm[above] >= thresholdDbm;
        return hotBelow || hotAbove;
    }

    private int firstAtOrAbove(long f) {
        int i = Arrays.binarySearch(khz, f);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && khz[i - 1] == f) {
            i--;
        }
        return i;
    }
}
