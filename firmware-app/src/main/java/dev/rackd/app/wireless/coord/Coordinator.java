package dev.rackd.app.wireless.coord;

import dev.rackd.config.TvChannels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds a compatible frequency for as many systems as fit, plus backups. Pure: no I/O, no clock; the same request
 * gives the same coordination.
 *
 * <p>Order: locked systems first (kept exactly where they are, even in conflict, which the notes then report),
 * then the least flexible (fewest allowed frequencies) first, ties in request order. Backups are picked after the
 * systems; when every system fits but the backups do not, the search runs again with the backups as spare systems
 * (a dense packing of the systems alone can leave no room for them) and the better of the two is kept.
 */
public final class Coordinator {

    public Coordination coordinate(CoordinationRequest request) {
        return coordinate(request, ProgressListener.NONE);
    }

    public Coordination coordinate(CoordinationRequest request, ProgressListener progress) {
        List<WirelessSystem> systems = request.systems();
        int n = systems.size();
        List<String> notes = new ArrayList<>();
        Placement best = place(request, 0, notes, progress);
        if (best.unplaced().isEmpty() && best.backups().size() < request.backups()) {
            Placement withSpares = place(request, request.backups(), new ArrayList<>(), progress);
            if (withSpares.unplaced().isEmpty() && withSpares.backups().size() > best.backups().size()) {
                best = withSpares;
            }
        }
        if (!best.unplaced().isEmpty()) {
            notes.add("only " + best.assignments().size() + " of " + n + " systems fit; not placed: "
                    + String.join(", ", best.unplaced()));
        }
        if (best.backups().size() < request.backups()) {
            notes.add("only " + best.backups().size() + " of " + request.backups() + " backups fit");
        }
        notes.addAll(lockedConflicts(systems, request.separation()));
        return new Coordination(best.assignments(), best.unplaced(), best.backups(), request.backups(), notes,
                best.greedyPlaced(), best.nodes());
    }

    private record Placement(List<Assignment> assignments, List<String> unplaced, List<Backup> backups,
            int greedyPlaced, long nodes) {}

    /**
     * One search over the systems and {@code spares} spare copies of them (spare j copies system j mod n, unlocked,
     * and is searched after the systems); placed spares become backups, the rest are picked afterwards.
     */
    private static Placement place(CoordinationRequest request, int spares, List<String> notes,
            ProgressListener progress) {
        List<WirelessSystem> systems = request.systems();
        int n = systems.size();
        List<WirelessSystem> all = new ArrayList<>(systems);
        for (int j = 0; j < spares; j++) {
            WirelessSystem s = systems.get(j % n);
            all.add(WirelessSystem.of("spare " + j, s.minKhz(), s.maxKhz(), s.stepKhz(), s.carrierClass()));
        }
        int total = all.size();
        Grid grid = Grid.covering(all);
        List<CarrierClass> classes = new ArrayList<>();
        int[] classOf = new int[total];
        int[][] candidates = new int[total][];
        int[] lockedCell = new int[total];
        CandidateCells allowed = new CandidateCells(request, grid);
        for (int i = 0; i < total; i++) {
            WirelessSystem s = all.get(i);
            if (!classes.contains(s.carrierClass())) {
                classes.add(s.carrierClass());
            }
            classOf[i] = classes.indexOf(s.carrierClass());
            candidates[i] = allowed.of(s);
            lockedCell[i] = s.lockedKhz().isPresent() ? grid.cell(s.lockedKhz().getAsLong()) : -1;
            if (i < n && s.lockedKhz().isPresent() && allowed.refusal(s.lockedKhz().getAsLong()) != null) {
                notes.add(s.id() + " is locked at " + s.lockedKhz().getAsLong() + " kHz, "
                        + allowed.refusal(s.lockedKhz().getAsLong()) + "; kept as locked");
            } else if (i < n && s.lockedKhz().isEmpty() && candidates[i].length == 0) {
                notes.add(s.id() + " has no usable frequency in " + s.minKhz() + "-" + s.maxKhz()
                        + " kHz after TV channels, exclusions and the scan");
            }
        }
        int[] order = IntStream.range(0, total).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> lockedCell[i] >= 0 ? 0 : 1)
                        .thenComparingInt(i -> i < n ? 0 : 1)
                        .thenComparingInt(i -> lockedCell[i] >= 0 ? 0 : candidates[i].length)
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();

        ConflictMap map = new ConflictMap(grid, classes, new GuardRules(request.separation()),
                total + request.backups());
        Search search = new Search(map, candidates, classOf, lockedCell, request.searchBudget(),
                seedUnitCells(classes, grid), progress);
        int[] cells = search.run(order);

        int[] mains = IntStream.of(order).filter(i -> i < n && cells[i] >= 0).toArray();
        List<Backup> backups = new ArrayList<>();
        for (int j = n; j < total && backups.size() < request.backups(); j++) {
            int main = cells[j] < 0 ? -1 : mainFor(j, j - n, n, cells, candidates, classOf, grid, request);
            if (main >= 0) {
                backups.add(backup(systems.get(main).id(), grid.khz(cells[j]), request));
            } else if (cells[j] >= 0) {
                map.remove(j);
            }
        }
        BackupPicker picker = new BackupPicker(map, grid, request.tvPlan(), candidates, classOf);
        for (int[] p : picker.pick(mains, request.backups() - backups.size(), total)) {
            backups.add(backup(systems.get(p[0]).id(), grid.khz(p[1]), request));
        }
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
        return new Placement(assignments, unplaced, backups, Math.min(n, search.greedyPlaced()), search.nodes());
    }

    /**
     * The placed system a placed spare serves: the one it copies if it sits in another TV channel, else the first of
     * the same class that may use its frequency and sits in another TV channel; -1 if none.
     */
    private static int mainFor(int spare, int j, int n, int[] cells, int[][] candidates, int[] classOf, Grid grid,
            CoordinationRequest request) {
        int tv = TvChannels.channelOf(request.tvPlan(), grid.khz(cells[spare]));
        for (int k = 0; k < n; k++) {
            int m = (j + k) % n;
            if (cells[m] >= 0 && classOf[m] == classOf[spare] && Arrays.binarySearch(candidates[m], cells[spare]) >= 0
                    && TvChannels.channelOf(request.tvPlan(), grid.khz(cells[m])) != tv) {
                return m;
            }
        }
        return -1;
    }

    private static Backup backup(String forSystem, long khz, CoordinationRequest request) {
        return new Backup(forSystem, khz, TvChannels.channelOf(request.tvPlan(), khz));
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
