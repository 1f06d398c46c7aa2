package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed placements of {@code marks} carriers between two cells, made from Golomb rulers: the tabled ruler with that
 * many marks, and those with one or two more with marks dropped (which removes their tightest spacings), each
 * stretched over the span and mirrored, the widest stretch first and then slightly narrower ones.
 */
final class RulerSeeds {
    /** Stretch steps, in hundredths of a cell per ruler unit. */
    private static final int STRETCH_STEP = 3;
    private static final int STRETCHES = 40;

    private final List<int[]> variants = new ArrayList<>();
    private final int loCell;
    private final int spanCells;

    /**
     * @param minUnitCells the narrowest stretch worth trying (a ruler unit must cover the widest intermod guard for
     *                     its differences to keep products off carriers)
     */
    RulerSeeds(int marks, int loCell, int spanCells, double minUnitCells) {
        this.loCell = loCell;
        this.spanCells = spanCells;
        for (int n = marks; n <= Math.min(marks + 2, GolombRulers.MAX_MARKS); n++) {
            if (n < GolombRulers.MIN_MARKS) {
                continue;
            }
            int[] ruler = GolombRulers.withMarks(n);
            if (n == marks) {
                addIfWide(ruler, minUnitCells);
            } else if (n == marks + 1) {
                for (int i = 0; i < n; i++) {
                    addIfWide(without(ruler, i, -1), minUnitCells);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        addIfWide(without(ruler, i, j), minUnitCells);
                    }
                }
            }
        }
    }

    /** Number of seeds {@link #seed} can make. */
    int count() {
        return variants.size() * 2 * STRETCHES;
    }

    /** Seed k (0 <= k < count), in the order they are worth trying: cells ascending, or null if it does not fit. */
    int[] seed(int k) {
        int stretch = k / (variants.size() * 2);
        int rest = k % (variants.size() * 2);
        int[] marks = variants.get(rest / 2);
        boolean mirror = rest % 2 == 1;
        int len = marks[marks.length - 1];
        long hundredths = spanCells * 100L / len - (long) stretch * STRETCH_STEP;
        if (hundredths <= 0) {
            return null;
        }
        int[] cells = new int[marks.length];
        for (int i = 0; i < marks.length; i++) {
            int m = mirror ? len - marks[marks.length - 1 - i] : marks[i];
            cells[i] = loCell + (int) Math.round(m * hundredths / 100.0);
        }
        return cells;
    }

    private void addIfWide(int[] marks, double minUnitCells) {
        if (spanCells / (double) marks[marks.length - 1] >= minUnitCells) {
            variants.add(marks);
        }
    }

    /** The ruler without marks i and j (j = -1 for one), shifted to start at 0. */
    private static int[] without(int[] ruler, int i, int j) {
        int[] out = new int[ruler.length - (j < 0 ? 1 : 2)];
        int n = 0;
        for (int k = 0; k < ruler.length; k++) {
            if (k != i && k != j) {
                out[n++] = ruler[k];
            }
        }
        int base = out[0];
        for (int k = 0; k < out.length; k++) {
            out[k] -= base;
        }
        return out;
    }
}
