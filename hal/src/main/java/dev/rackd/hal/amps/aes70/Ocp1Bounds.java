package dev.rackd.hal.amps.aes70;

/** Range checks for values that go into fixed-width wire fields. */
final class Ocp1Bounds {
    private Ocp1Bounds() {}

    static int u8(String what, int v) {
        return check(what, v, 0xFF);
    }

    static int u16(String what, int v) {
        return check(what, v, 0xFFFF);
    }

    static long u32(String what, long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " " + v + " is outside 0..4294967295");
        }
        return v;
    }

    private static int check(String what, int v, int max) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(what + " " + v + " is outside 0.." + max);
        }
        return v;
    }
}
