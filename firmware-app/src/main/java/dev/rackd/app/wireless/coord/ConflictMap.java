package dev.rackd.app.wireless.coord;

import java.util.List;

/**
 * Incremental bookkeeping of what the carriers placed so far forbid.
 *
 * <p>For every carrier class and every grid cell, {@link #blocked} counts the relations a new carrier of that
 * class at that cell would violate with the placed carriers: carrier spacing to each, and every intermod relation
 * (two-transmitter m*f1 - (m-1)*f2 = v, three-transmitter f1 + f2 - f3 = v) in which the new carrier would take
 * any role - product, source or victim. Placing or removing a carrier adds or subtracts only the zones of the
 * pairs and triples it belongs to (O(n^2) zones of a few cells), so testing a candidate is one array read and no
 * product is ever enumerated twice.
 *
 * <p>A zone of a tuple may cover the cell of one of its own members (a degenerate relation); {@link #self}
 * counts those so that {@link #conflicts} of a placed carrier counts only real violations.
 */
final class ConflictMap {
    private static final IntermodOrder[] TWO_TX = {IntermodOrder.IM3, IntermodOrder.IM5, IntermodOrder.IM7};

    private final int size;
    private final boolean[] classIem;
    private final int[][] blocked;
    /** [order][victim class][all sources in-ear ? 1 : 0] -> tolerance in cells, -1 when off. */
    private final int[][][] productTol;
    private final int[][] carrierTol;
    private final boolean[] orderUsed = new boolean[IntermodOrder.values().length];

    private final int[] cellOf;
    private final int[] classOf;
    private final int[] self;
    private final int[] members;
    private final int[] memberIndex;
    private int count;

    ConflictMap(Grid grid, List<CarrierClass> classes, GuardRules rules, int slots) {
        int n = classes.size();
        this.size = grid.size();
        this.classIem = new boolean[n];
        this.blocked = new int[n][size];
        this.carrierTol = new int[n][n];
        this.productTol = new int[IntermodOrder.values().length][n][2];
        for (int a = 0; a < n; a++) {
            classIem[a] = classes.get(a).iem();
            for (int b = 0; b < n; b++) {
                carrierTol[a][b] = grid.toleranceCells(rules.carrierSpacingKhz(classes.get(a), classes.get(b)));
            }
            for (IntermodOrder o : IntermodOrder.values()) {
                for (int iem = 0; iem < 2; iem++) {
                    int tol = grid.toleranceCells(rules.productGuardKhz(o, classes.get(a), iem == 1));
                    productTol[o.ordinal()][a][iem] = tol;
                    orderUsed[o.ordinal()] |= tol >= 0;
                }
            }
        }
        this.cellOf = new int[slots];
        this.classOf = new int[slots];
        this.self = new int[slots];
        this.members = new int[slots];
        this.memberIndex = new int[slots];
        java.util.Arrays.fill(memberIndex, -1);
    }

    int size() {
        return size;
    }

    /** Relations a carrier of class {@code cls} at {@code cell} would violate with everything placed. */
    int blocked(int cls, int cell) {
        return blocked[cls][cell];
    }

    /** The closest two carriers of one class may be, in cells. */
    int spacingCells(int cls) {
        return carrierTol[cls][cls] + 1;
    }

    boolean placed(int slot) {
        return memberIndex[slot] >= 0;
    }

    int cellOf(int slot) {
        return cellOf[slot];
    }

    /** Relations the placed carrier in {@code slot} violates with the others. */
    int conflicts(int slot) {
        return blocked[classOf[slot]][cellOf[slot]] - self[slot];
    }

    void add(int slot, int cell, int cls) {
        if (placed(slot)) {
            throw new IllegalStateException("slot " + slot + " is already placed");
        }
        cellOf[slot] = cell;
        classOf[slot] = cls;
        apply(slot, 1);
        memberIndex[slot] = count;
        members[count++] = slot;
    }

    void remove(int slot) {
        int i = memberIndex[slot];
        if (i < 0) {
            throw new IllegalStateException("slot " + slot + " is not placed");
        }
        int last = members[--count];
        members[i] = last;
        memberIndex[last] = i;
        memberIndex[slot] = -1;
        apply(slot, -1);
    }

    /** Zones of every tuple {@code x} forms with the carriers placed now (x itself not counted among them). */
    private void apply(int x, int d) {
        for (int c = 0; c < blocked.length; c++) {
            zone(c, 1, cellOf[x], carrierTol[classOf[x]][c], d, x, x, x);
        }
        for (IntermodOrder o : TWO_TX) {
            if (orderUsed[o.ordinal()]) {
                for (int i = 0; i < count; i++) {
                    pairZones(o, x, members[i], d);
                }
            }
        }
        if (orderUsed[IntermodOrder.IM3X3.ordinal()]) {
            for (int i = 0; i < count; i++) {
                for (int j = i + 1; j < count; j++) {
                    tripleZones(x, members[i], members[j], d);
                }
            }
        }
    }

    /** Relation m*f1 - (m-1)*f2 = v over {x, s, y}, y being the cell under test, in all six role assignments. */
    private void pairZones(IntermodOrder order, int x, int s, int d) {
        int[][] tol = productTol[order.ordinal()];
        int m = order.leadCoefficient();
        long cx = cellOf[x];
        long cs = cellOf[s];
        boolean iemX = classIem[classOf[x]];
        boolean iemS = classIem[classOf[s]];
        for (int c = 0; c < blocked.length; c++) {
            boolean iemY = classIem[c];
            int yIsProduct = tol[c][iemX && iemS ? 1 : 0];
            int sIsVictim = tol[classOf[s]][iemY && iemX ? 1 : 0];
            int xIsVictim = tol[classOf[x]][iemY && iemS ? 1 : 0];
            if (m == 2) {
                // 2x-s and 2s-x: y is the product, or y is f2 with the other pair member the victim
                zone(c, 1, 2 * cx - cs, Math.max(yIsProduct, sIsVictim), d, x, s, s);
                zone(c, 1, 2 * cs - cx, Math.max(yIsProduct, xIsVictim), d, x, s, s);
                zone(c, 2, cx + cs, Math.max(sIsVictim, xIsVictim), d, x, s, s);
            } else {
                zone(c, 1, m * cx - (m - 1) * cs, yIsProduct, d, x, s, s);
                zone(c, 1, m * cs - (m - 1) * cx, yIsProduct, d, x, s, s);
                zone(c, m, (m - 1) * cx + cs, sIsVictim, d, x, s, s);
                zone(c, m, (m - 1) * cs + cx, xIsVictim, d, x, s, s);
                zone(c, m - 1, m * cx - cs, sIsVictim, d, x, s, s);
                zone(c, m - 1, m * cs - cx, xIsVictim, d, x, s, s);
            }
        }
    }

    /** Relation f1 + f2 - f3 = v over {x, s1, s2, y}: y always sits at p + q - r for one member r of the three. */
    private void tripleZones(int x, int s1, int s2, int d) {
        int[][] tol = productTol[IntermodOrder.IM3X3.ordinal()];
        for (int c = 0; c < blocked.length; c++) {
            tripleZone(tol, c, x, s1, s2, d);
            tripleZone(tol, c, s1, x, s2, d);
            tripleZone(tol, c, s2, x, s1, d);
        }
    }

    /**
     * y = p + q - r, that is y + r = p + q: y is the product p + q - r, or r is hit by p + q - y, or y and r are the
     * added pair whose product (minus q or p) hits p or q.
     */
    private void tripleZone(int[][] tol, int c, int r, int p, int q, int d) {
        boolean iemY = classIem[c];
        boolean iemP = classIem[classOf[p]];
        boolean iemQ = classIem[classOf[q]];
        boolean iemR = classIem[classOf[r]];
        int t = Math.max(Math.max(tol[c][iemP && iemQ && iemR ? 1 : 0], tol[classOf[r]][iemP && iemQ && iemY ? 1 : 0]),
                Math.max(tol[classOf[p]][iemY && iemR && iemQ ? 1 : 0], tol[classOf[q]][iemY && iemR && iemP ? 1 : 0]));
        zone(c, 1, (long) cellOf[p] + cellOf[q] - cellOf[r], t, d, r, p, q);
    }

    /** Counts, for class c, every cell i with |a*i - b| <= tol; members m1..m3 own the zone. */
    private void zone(int c, int a, long b, int tol, int d, int m1, int m2, int m3) {
        if (tol < 0) {
            return;
        }
        long lo = Math.ceilDiv(b - tol, a);
        long hi = Math.floorDiv(b + tol, a);
        selfHit(c, lo, hi, d, m1);
        if (m2 != m1) {
            selfHit(c, lo, hi, d, m2);
        }
        if (m3 != m2 && m3 != m1) {
            selfHit(c, lo, hi, d, m3);
        }
        int from = (int) Math.max(lo, 0);
        int to = (int) Math.min(hi, size - 1);
        int[] row = blocked[c];
        for (int i = from; i <= to; i++) {
            row[i] += d;
        }
    }

    private void selfHit(int c, long lo, long hi, int d, int m) {
        if (classOf[m] == c && cellOf[m] >= lo && cellOf[m] <= hi) {
            self[m] += d;
        }
    }
}
