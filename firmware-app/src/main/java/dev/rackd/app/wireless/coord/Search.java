package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places as many systems as fit. First a greedy pass: least flexible first, each at its lowest clean frequency.
 * Then, one more system at a time, a fresh placement of that many systems by backtracking: around Golomb-ruler
 * seeds stretched over the band (what packs wide bands densely), then over every allowed frequency (exhaustive
 * for narrow bands). The first count that cannot be reached within the budget ends the search; the last
 * complete placement stands. No randomness and a budget in placements, not time: the same request gives the same
 * answer.
 */
final class Search {
    /** Placements one seed may use before the next seed is tried. */
    private static final int NODES_PER_SEED = 300;

    private final ConflictMap map;
    private final int[][] candidates;
    private final int[] classOf;
    private final int[] lockedCell;
    private final long budget;
    private final double seedUnitCells;
    private final ProgressListener progress;
    private final Backtracker backtracker;
    private int greedyPlaced;

    /**
     * @param candidates    per system, the allowed cells in ascending order
     * @param lockedCell    per system, its locked cell or -1
     * @param budget        placements the backtracking may try in all
     * @param seedUnitCells the narrowest ruler unit worth seeding with (the widest 3Tx guard in cells), 0 for
     *                      no ruler seeds
     */
    Search(ConflictMap map, int[][] candidates, int[] classOf, int[] lockedCell, long budget, double seedUnitCells,
            ProgressListener progress) {
        this.map = map;
        this.candidates = candidates;
        this.classOf = classOf;
        this.lockedCell = lockedCell;
        this.budget = budget;
        this.seedUnitCells = seedUnitCells;
        this.progress = progress;
        this.backtracker = new Backtracker(map, classOf);
    }

    long nodes() {
        return backtracker.nodes();
    }

    int greedyPlaced() {
        return greedyPlaced;
    }

    /** Places systems in the given order; returns each system's cell or -1. The map holds the result. */
    int[] run(int[] order) {
        List<Integer> free = new ArrayList<>();
        for (int s : order) {
            if (lockedCell[s] >= 0) {
                map.add(s, lockedCell[s], classOf[s]);
                greedyPlaced++;
            } else if (candidates[s].length > 0) {
                free.add(s);
            }
        }
        int placedFree = 0;
        for (int s : free) {
            if (placeLowest(s)) {
                placedFree++;
            }
        }
        greedyPlaced += placedFree;
        report("greedy");
        int[] best = snapshot();
        for (int target = placedFree + 1; target <= free.size() && remaining() > 0; target++) {
            int[] vars = free.subList(0, target).stream().mapToInt(Integer::intValue).toArray();
            clearFree(free);
            if (seeded(vars) || exhaustive(vars)) {
                best = snapshot();
                report("backtracking");
            } else {
                restore(best);
                break;
            }
        }
        restore(best);
        report("backtracking");
        return best;
    }

    private boolean placeLowest(int s) {
        for (int cell : candidates[s]) {
            if (map.blocked(classOf[s], cell) == 0) {
                map.add(s, cell, classOf[s]);
                return true;
            }
        }
        return false;
    }

    /** Backtracking over every allowed cell; identical systems form a group. Gets a quarter of what is left. */
    private boolean exhaustive(int[] vars) {
        int[][] domains = new int[vars.length][];
        int[] group = new int[vars.length];
        for (int v = 0; v < vars.length; v++) {
            domains[v] = candidates[vars[v]];
            group[v] = v;
            for (int u = 0; u < v; u++) {
                if (classOf[vars[u]] == classOf[vars[v]] && Arrays.equals(domains[u], domains[v])) {
                    group[v] = group[u];
                    break;
                }
            }
        }
        return backtracker.place(vars, domains, group, backtracker.nodes() + remaining() / 4);
    }

    /** Backtracking in small windows around ruler seeds, one seed after another. Gets half of what is left. */
    private boolean seeded(int[] vars) {
        if (seedUnitCells <= 0 || vars.length < GolombRulers.MIN_MARKS || vars.length > GolombRulers.MAX_MARKS) {
            return false;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int v : vars) {
            lo = Math.min(lo, candidates[v][0]);
            hi = Math.max(hi, candidates[v][candidates[v].length - 1]);
        }
        int window = (int) Math.ceil(seedUnitCells) + 2;
        RulerSeeds seeds = new RulerSeeds(vars.length, lo, hi - lo - window, seedUnitCells);
        long limit = backtracker.nodes() + remaining() / 2;
        int[] bySpan = vars.clone();
        sortByRangeMiddle(bySpan);
        for (int k = 0; k < seeds.count() && backtracker.nodes() < limit; k++) {
            int[] seed = seeds.seed(k);
            int[][] domains = seed == null ? null : windows(bySpan, seed, window);
            if (domains != null && backtracker.place(bySpan, domains, noGroups(bySpan.length),
                    Math.min(backtracker.nodes() + NODES_PER_SEED, limit))) {
                return true;
            }
            if (k % 64 == 63) {
                report("backtracking");
            }
        }
        return false;
    }

    /** Each system's allowed cells within the window around its seed, nearest first; null if one has none. */
    private int[][] windows(int[] vars, int[] seed, int window) {
        int[][] domains = new int[vars.length][];
        for (int i = 0; i < vars.length; i++) {
            int[] c = candidates[vars[i]];
            int from = lowerIndex(c, seed[i] - window);
            int to = lowerIndex(c, seed[i] + window + 1);
            if (from >= to) {
                return null;
            }
            final int centre = seed[i];
            // nearest first; of two equally near, the lower
            domains[i] = Arrays.stream(c, from, to).boxed()
                    .sorted(java.util.Comparator.comparingInt(a -> Math.abs(a - centre) * 2 + (a > centre ? 1 : 0)))
                    .mapToInt(Integer::intValue).toArray();
        }
        return domains;
    }

    private void sortByRangeMiddle(int[] vars) {
        Integer[] boxed = Arrays.stream(vars).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Long.compare(
                (long) candidates[a][0] + candidates[a][candidates[a].length - 1],
                (long) candidates[b][0] + candidates[b][candidates[b].length - 1]));
        for (int i = 0; i < vars.length; i++) {
            vars[i] = boxed[i];
        }
    }

    private static int[] noGroups(int n) {
        int[] g = new int[n];
        Arrays.fill(g, -1);
        return g;
    }

    private static int lowerIndex(int[] sorted, int cell) {
        int i = Arrays.binarySearch(sorted, cell);
        return i < 0 ? -i - 1 : i;
    }

    private long remaining() {
        return budget - backtracker.nodes();
    }

    private void clearFree(List<Integer> free) {
        for (int s : free) {
            if (map.placed(s)) {
                map.remove(s);
            }
        }
    }

    private int[] snapshot() {
        int[] cells = new int[candidates.length];
        for (int s = 0; s < cells.length; s++) {
            cells[s] = map.placed(s) ? map.cellOf(s) : -1;
        }
        return cells;
    }

    private void restore(int[] cells) {
        for (int s = 0; s < cells.length; s++) {
            if (map.placed(s) && map.cellOf(s) != cells[s]) {
                map.remove(s);
            }
        }
        for (int s = 0; s < cells.length; s++) {
            if (cells[s] >= 0 && !map.placed(s)) {
                map.add(s, cells[s], classOf[s]);
            }
        }
    }

    private void report(String phase) {
        int placed = 0;
        for (int s = 0; s < candidates.length; s++) {
            placed += map.placed(s) ? 1 : 0;
        }
        progress.update(new ProgressListener.Progress(phase, placed, candidates.length, nodes(), budget));
    }
}
