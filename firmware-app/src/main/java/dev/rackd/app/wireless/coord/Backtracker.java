package dev.rackd.app.wireless.coord;

/**
 * Depth-first search for a placement of every given system, each within its own ordered list of cells, compatible
 * with everything already in the conflict map.
 *
 * <p>Forward checking: before every step each system still open must have a clean cell left, else the branch is
 * dropped. The next system is the one with the fewest clean cells left (most constrained first). Systems of one
 * group are interchangeable (same class and cells), so they take increasing cells in group order and no
 * permutation of one placement is tried twice, and each leaves room below the top of the band for the carrier
 * spacings of the ones still to come. The search stops after {@code budget} placements.
 */
final class Backtracker {
    private final ConflictMap map;
    private final int[] classOf;
    private int[] vars;
    private int[][] domains;
    private int[] prevInGroup;
    private int[] laterInGroup;
    private boolean[] assigned;
    private long budget;
    private long nodes;

    Backtracker(ConflictMap map, int[] classOf) {
        this.map = map;
        this.classOf = classOf;
    }

    /** Placements tried so far, over every call. */
    long nodes() {
        return nodes;
    }

    /**
     * @param vars    the systems (map slots) to place
     * @param domains for each, the cells to try, best first; ascending for grouped systems
     * @param group   for each, its group (-1 for none); a group's systems take increasing cells in this order
     * @return true with all of them placed in the map, or false with the map as it was
     */
    boolean place(int[] vars, int[][] domains, int[] group, long budget) {
        this.vars = vars;
        this.domains = domains;
        this.budget = budget;
        this.assigned = new boolean[vars.length];
        this.prevInGroup = new int[vars.length];
        this.laterInGroup = new int[vars.length];
        for (int v = 0; v < vars.length; v++) {
            prevInGroup[v] = -1;
            for (int u = v - 1; u >= 0 && group[v] >= 0; u--) {
                if (group[u] == group[v]) {
                    prevInGroup[v] = u;
                    break;
                }
            }
            for (int u = v + 1; u < vars.length && group[v] >= 0; u++) {
                laterInGroup[v] += group[u] == group[v] ? 1 : 0;
            }
        }
        return search();
    }

    private boolean search() {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int v = 0; v < vars.length; v++) {
            if (assigned[v] || (prevInGroup[v] >= 0 && !assigned[prevInGroup[v]])) {
                continue;
            }
            int count = clean(v, bestCount);
            if (count == 0) {
                return false;
            }
            if (count < bestCount) {
                bestCount = count;
                best = v;
            }
        }
        if (best < 0) {
            return true;
        }
        int floor = lowerBound(best);
        int ceiling = upperBound(best);
        int slot = vars[best];
        assigned[best] = true;
        for (int cell : domains[best]) {
            if (cell <= floor || cell > ceiling || map.blocked(classOf[slot], cell) != 0) {
                continue;
            }
            if (++nodes > budget) {
                break;
            }
            map.add(slot, cell, classOf[slot]);
            if (search()) {
                return true;
            }
            map.remove(slot);
        }
        assigned[best] = false;
        return false;
    }

    /** Clean cells left for var v, counted up to {@code cap}. */
    private int clean(int v, int cap) {
        int floor = lowerBound(v);
        int ceiling = upperBound(v);
        int cls = classOf[vars[v]];
        int count = 0;
        for (int cell : domains[v]) {
            if (cell > floor && cell <= ceiling && map.blocked(cls, cell) == 0 && ++count >= cap) {
                break;
            }
        }
        return count;
    }

    /** Highest cell v may take and still leave carrier spacing for the rest of its group above it. */
    private int upperBound(int v) {
        if (laterInGroup[v] == 0) {
            return Integer.MAX_VALUE;
        }
        int[] d = domains[v];
        return d[d.length - 1] - laterInGroup[v] * map.spacingCells(classOf[vars[v]]);
    }

    private int lowerBound(int v) {
        return prevInGroup[v] >= 0 ? map.cellOf(vars[prevInGroup[v]]) : -1;
    }
}
