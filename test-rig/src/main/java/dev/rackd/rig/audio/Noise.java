package dev.rackd.rig.audio;

/** A small seeded random source for the synthetic programme: xorshift64*, allocation-free, one owner thread. */
final class Noise {
    private long state;

    Noise(long seed) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15L : seed;
    }

    /** Uniform in [0, 1). */
    double uniform() {
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return ((state * 0x2545_F491_4F6C_DD1DL) >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [-1, 1). */
    double bipolar() {
        return 2 * uniform() - 1;
    }
}
