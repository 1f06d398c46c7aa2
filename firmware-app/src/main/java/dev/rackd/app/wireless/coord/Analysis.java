package dev.rackd.app.wireless.coord;

import java.util.List;

/**
 * The compatibility check of one set of carriers.
 *
 * @param truncated true when there were more than {@link IntermodAnalyzer#MAX_CONFLICTS} conflicts; the list
 *                  holds the first ones
 */
public record Analysis(int carriers, List<Conflict> conflicts, boolean truncated) {
    public Analysis {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
