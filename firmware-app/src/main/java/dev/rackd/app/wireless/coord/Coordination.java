package dev.rackd.app.wireless.coord;

import java.util.List;

/**
 * The outcome of a coordination.
 *
 * @param assignments  one per system that fits, in the request's order
 * @param unplaced     ids of the systems that did not fit
 * @param backups      the backups found (possibly fewer than asked for)
 * @param notes        what the crew should know, in their words (fewer fitted, locked frequencies in conflict ...)
 * @param greedyPlaced how many the greedy pass alone placed
 * @param searchNodes  placements the backtracking tried
 */
public record Coordination(List<Assignment> assignments, List<String> unplaced, List<Backup> backups,
        int backupsWanted, List<String> notes, int greedyPlaced, long searchNodes) {

    public Coordination {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
        backups = List.copyOf(backups);
        notes = List.copyOf(notes);
    }

    public List<Long> frequenciesKhz() {
        return assignments.stream().map(Assignment::frequencyKhz).toList();
    }

    public List<Long> backupsKhz() {
        return backups.stream().map(Backup::frequencyKhz).toList();
    }

    public boolean complete() {
        return unplaced.isEmpty() && backups.size() == backupsWanted;
    }
}
