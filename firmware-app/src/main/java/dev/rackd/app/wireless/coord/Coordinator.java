package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds a compatible frequency for as many systems as fit, plus backups. Pure: no I/O, no clock; the same request
 * gives the same coordination.
 *
 * <p>Order: locked systems first (kept exactly where they are, even in conflict, which the notes then report),
 * then the least flexible (fewest allowed frequencies) first, ties in request order.
 */
public final class Coordinator {

    public Coordination coordinate(CoordinationRequest request) {
        return coordinate(request, ProgressListener.NONE);
    }

    public Coordination coordinate(CoordinationRequest request, ProgressListener progress) {
        List<WirelessSystem> systems = request.systems();
        int n = systems.size();
        Grid grid = Grid.covering(systems);
        List<CarrierClass> classes = new ArrayList<>();
        int[] classOf = new int[n];
        int[][] candidates = new int[n][];
        int[] lockedCell = new int[n];
        CandidateCells allowed = new CandidateCells(request, grid);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WirelessSystem s = systems.get(i);
            if (!classes.contains(s.carrierClass())) {
                classes.add(s.carrierClass());
            }
            classOf[i] = classes.indexOf(s.carrierClass());
            candidates[i] = allowed.of(s);
            lockedCell[i] = s.lockedKhz().isPresent() ? grid.cell(s.lockedKhz().getAsLong()) : -1;
            if (s.lockedKhz().isPresent()) {
                String why = allowed.refusal(s.lockedKhz().getAsLong());
                if (why != null) {
                    notes.add(s.id() + " is locked at " + s.lockedKhz().getAsLong() + " kHz, " + why + "; kept as locked");
                }
            } else if (candidates[i].length == 0) {
                notes.add(s.id() + " has no usable frequency in " + s.minKhz() + "-" + s.maxKhz()
                        + " kHz after TV channels, exclusions and the scan");
            }
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> lockedCell[i] >= 0 ? 0 : 1)
                        .thenComparingInt(i -> lockedCell[i] >= 0 ? 0 : candidates[i].length)
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();

        ConflictMap map = new ConflictMap(grid, classes, new GuardRules(request.separation()), n + request.backups());
        Search search = new Search(map, candidates, classOf, lockedCell, request.searchBudget(),
                seedUnitCells(classes, grid), progress);
        int[] cells = search.run(order);

        int[] mains = IntStream.of(order).filter(i -> cells[i] >= 0).toArray();
        List<int[]> picked = new BackupPicker(map, grid, request.tvPlan(), candidates, classOf)
                .pick(mains, request.backups(), n);
        progress.update(new ProgressListener.Progress("backups", mains.length, n, search.nodes(),
                request.searchBudget()));

        List<Assignment> assignments = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cells[i] < 0) {
                unplaced.add(systems.get(i).id());
            } else {
                long khz = grid.khz(cells[i]);
                assignments.add(new Assignment(systems.get(i).id(), khz, TvChannels.channelOf(request.tvPlan(), khz),
                        lockedCell[i] >= 0));
            }
        }
        List<Backup> backups = picked.stream().map(p -> new Backup(systems.get(p[0]).id(), grid.khz(p[1]),
                TvChannels.channelOf(request.tvPlan(), grid.khz(p[1])))).toList();
        if (!unplaced.isEmpty()) {
            notes.add("only " + assignments.size() + " of " + n + " systems fit; not placed: " + String.join(", ", unplaced));
        }
        if (backups.size() < request.backups()) {
            notes.add("only " + backups.size() + " of " + request.backups() + " backups fit");
        }
        notes.addAll(lockedConflicts(systems, request.separation()));
        return new Coordination(assignments, unplaced, backups, request.backups(), notes, search.greedyPlaced(),
                search.nodes());
    }

    /** Ruler seeds pay off where three-transmitter products are guarded: their unit is the widest such guard. */
    private static double seedUnitCells(List<CarrierClass> classes, Grid grid) {
        int widest = 0;
        for (CarrierClass c : classes) {
            widest = Math.max(widest, c.profile().im3x3Khz());
        }
        return widest / (double) grid.stepKhz();
    }

    private static List<String> lockedConflicts(List<WirelessSystem> systems, Separation separation) {
        List<Carrier> locked = systems.stream().filter(s -> s.lockedKhz().isPresent())
                .map(s -> new Carrier(s.id(), s.lockedKhz().getAsLong(), s.carrierClass())).toList();
        if (locked.size() < 2) {
            return List.of();
        }
        return new IntermodAnalyzer(separation).analyze(locked).conflicts().stream()
                .map(c -> "locked frequencies conflict: " + c.describe()).toList();
    }
}
