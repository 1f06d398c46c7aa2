package dev.rackd.config;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the allowed name closest to a misspelt one (Levenshtein distance), like a shell's "did you mean": for the
 * show file's keys and names, and for the CLI's options.
 */
public final class NearestName {
    private NearestName() {}

    public static Optional<String> to(String given, Collection<String> allowed) {
        String lower = given.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : allowed) {
            // 'password' -> 'password_file', 'breaker' -> 'breaker_amps': a prefix is the likeliest intent;
            // 'retune' -> 'rf_retune': the word without its family's prefix
            if (lower.length() >= 3 && (candidate.startsWith(lower) || candidate.endsWith("_" + lower))) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(lower, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a suggestion further away than about a third of the word is noise
        int limit = Math.max(2, given.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
