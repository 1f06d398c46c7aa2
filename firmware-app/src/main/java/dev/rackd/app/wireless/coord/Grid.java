package dev.rackd.app.wireless.coord;

/**
 * The common tuning grid of a coordination: every system's tuning steps and every locked frequency sit on it,
 * and so does every product of them (the coefficients of a product sum to one). Cells are indices from
 * {@code originKhz} in steps of {@code stepKhz}.
 */
record Grid(long originKhz, int stepKhz, int size) {
    /** Bounds the conflict maps' memory: one int per cell per carrier class. */
    static final int MAX_CELLS = 4_000_000;

    static Grid covering(Iterable<WirelessSystem> systems) {
        long origin = Long.MAX_VALUE;
        long top = Long.MIN_VALUE;
        for (WirelessSystem s : systems) {
            origin = Math.min(origin, s.minKhz());
            top = Math.max(top, s.maxKhz());
            if (s.lockedKhz().isPresent()) {
                origin = Math.min(origin, s.lockedKhz().getAsLong());
                top = Math.max(top, s.lockedKhz().getAsLong());
            }
        }
        long g = 0;
        for (WirelessSystem s : systems) {
            g = gcd(g, s.stepKhz());
            g = gcd(g, s.minKhz() - origin);
            if (s.lockedKhz().isPresent()) {
                g = gcd(g, s.lockedKhz().getAsLong() - origin);
            }
        }
        long cells = (top - origin) / g + 1;
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("the tuning ranges span " + (top - origin) + " kHz on a common grid of "
                    + g + " kHz: " + cells + " cells, more than " + MAX_CELLS + "; coordinate smaller groups");
        }
        return new Grid(origin, (int) g, (int) cells);
    }

    int cell(long khz) {
        return (int) ((khz - originKhz) / stepKhz);
    }

    long khz(int cell) {
        return originKhz + (long) cell * stepKhz;
    }

    /** Cells either side within which a product is closer than {@code guardKhz}; -1 when the guard is off. */
    int toleranceCells(int guardKhz) {
        return guardKhz <= 0 ? -1 : (guardKhz - 1) / stepKhz;
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
