package dev.rackd.app.wireless.coord;

/** Told how a long coordination is getting on; called on the coordinating thread, so keep it short. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void update(Progress progress);

    /**
     * @param phase  "greedy", "backtracking" or "backups"
     * @param placed systems holding a frequency right now
     * @param wanted systems asked for
     * @param work   placements the backtracking has tried
     * @param budget placements it may try in all
     */
    record Progress(String phase, int placed, int wanted, long work, long budget) {}
}
