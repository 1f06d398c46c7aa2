package dev.rackd.rig.acoustic;

/** Equivalent rectangular bandwidth of the ear's filters (Glasberg and Moore 1990). */
final class Erb {
    private Erb() {
    }

    static double widthHz(double hz) {
        return 24.7 * (4.37 * hz / 1000 + 1);
    }
}
