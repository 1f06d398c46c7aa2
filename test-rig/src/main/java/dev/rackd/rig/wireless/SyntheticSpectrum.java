package dev.rackd.rig.wireless;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A venue's RF as a scanner would see it: a noise floor around -105 dBm with a little deterministic ripple, TV
 * transmitters filling whole channels at about -62 dBm, wireless carriers peaking at -40 dBm, and the 3rd-order
 * intermodulation of those carriers (2a-b and a+b-c) peaking at -82 dBm.
 */
public final class SyntheticSpectrum {
    /** A TV transmitter: first and last kHz it fills. */
    public record TvTransmitter(long fromKhz, long toKhz) {}

    private static final double FLOOR_DBM = -105;
    private static final double TV_DBM = -62;
    private static final double CARRIER_DBM = -40;
    private static final double PRODUCT_DBM = -82;
    /** How far either side of a peak it still shows. */
    private static final long SKIRT_KHZ = 300;

    private final List<TvTransmitter> tv;
    private final long[] carriers;
    private final long[] products;

    public SyntheticSpectrum(List<TvTransmitter> tv, List<Long> carriersKhz) {
        this.tv = List.copyOf(tv);
        this.carriers = carriersKhz.stream().mapToLong(Long::longValue).sorted().toArray();
        List<Long> p = new ArrayList<>();
        for (long a : carriers) {
            for (long b : carriers) {
                if (a == b) {
                    continue;
                }
                p.add(2 * a - b);
                for (long c : carriers) {
                    if (c != a && c != b && a < b) {
                        p.add(a + b - c);
                    }
                }
            }
        }
        this.products = p.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public double levelDbm(long khz) {
        double level = FLOOR_DBM + ripple(khz);
        for (TvTransmitter t : tv) {
            if (khz >= t.fromKhz() && khz <= t.toKhz()) {
                level = Math.max(level, TV_DBM + ripple(khz * 7));
            }
        }
        level = Math.max(level, peak(carriers, khz, CARRIER_DBM));
        return Math.max(level, peak(products, khz, PRODUCT_DBM));
    }

    /** The highest skirt of any peak near khz: 20 dB down per 100 kHz off centre. */
    private static double peak(long[] centres, long khz, double top) {
        int i = Arrays.binarySearch(centres, khz - SKIRT_KHZ);
        i = i < 0 ? -i - 1 : i;
        double best = Double.NEGATIVE_INFINITY;
        for (; i < centres.length && centres[i] <= khz + SKIRT_KHZ; i++) {
            best = Math.max(best, top - Math.abs(centres[i] - khz) / 5.0);
        }
        return best;
    }

    /** +-2 dB that depends only on the frequency, so every sweep of a span looks alike. */
    private static double ripple(long khz) {
        long h = khz * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return ((h & 0xFFFF) / 65535.0 - 0.5) * 4;
    }
}
