package dev.rackd.app.wireless.coord;

import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.TvChannels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks backups after the systems are placed. Backup j is picked for the j-th placed system (round robin, in
 * coordination order): in that system's tuning range, in a different TV channel from its frequency, compatible
 * with everything placed so far, preferring the TV channel that holds the fewest frequencies, then the lowest.
 * Each backup joins the conflict map, so the next one is compatible with it too.
 */
final class BackupPicker {
    private final ConflictMap map;
    private final Grid grid;
    private final TvPlan plan;
    private final int[][] candidates;
    private final int[] classOf;

    BackupPicker(ConflictMap map, Grid grid, TvPlan plan, int[][] candidates, int[] classOf) {
        this.map = map;
        this.grid = grid;
        this.plan = plan;
        this.candidates = candidates;
        this.classOf = classOf;
    }

    /**
     * @param mains     placed systems in coordination order
     * @param firstSlot the map slot of the first backup
     * @return pairs {system index, cell}, at most {@code wanted}
     */
    List<int[]> pick(int[] mains, int wanted, int firstSlot) {
        List<int[]> picked = new ArrayList<>();
        if (mains.length == 0) {
            return picked;
        }
        Map<Integer, Integer> load = new HashMap<>();
        for (int s : mains) {
            load.merge(tv(map.cellOf(s)), 1, Integer::sum);
        }
        int turn = 0;
        for (int misses = 0; picked.size() < wanted && misses < mains.length; turn++) {
            int s = mains[turn % mains.length];
            int cell = best(s, load);
            if (cell < 0) {
                misses++;
                continue;
            }
            misses = 0;
            map.add(firstSlot + picked.size(), cell, classOf[s]);
            load.merge(tv(cell), 1, Integer::sum);
            picked.add(new int[] {s, cell});
        }
        return picked;
    }

    private int best(int s, Map<Integer, Integer> load) {
        int mainTv = tv(map.cellOf(s));
        int best = -1;
        int bestLoad = Integer.MAX_VALUE;
        for (int cell : candidates[s]) {
            int ch = tv(cell);
            if (ch == mainTv || map.blocked(classOf[s], cell) != 0) {
                continue;
            }
            int l = load.getOrDefault(ch, 0);
            if (l < bestLoad) {
                bestLoad = l;
                best = cell;
            }
        }
        return best;
    }

    private int tv(int cell) {
        return TvChannels.channelOf(plan, grid.khz(cell));
    }
}
