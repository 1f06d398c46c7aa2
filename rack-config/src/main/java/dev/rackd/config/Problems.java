package dev.rackd.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects every error of one show file so the user sees them all at once. */
final class Problems {
    /**
     * Where a value came in through a merge key: the {@code <<} of the mapping that merged it, and the anchor's name
     * when the merged mapping has one.
     */
    record Merge(Node key, Optional<String> anchor) {}

    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();
    /** Paths of merged keys ({@code amplifiers[1].port}) to the merge that brought them in. */
    private final Map<String, Merge> merges = new HashMap<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(int line, int column, String path, String message) {
        errors.add(new ConfigError(file, line, column, oneLine(path), oneLine(message)));
    }

    /** Every error is exactly one line, whatever the user's keys and values hold (quoted keys may hold "\n"). */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    void at(Optional<Mark> mark, String path, String message) {
        at(mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1), path, message);
    }

    /** An error about a node; one that came in through a merge key is reported where it was merged. */
    void at(Node node, String path, String message) {
        Optional<Merge> merge = mergeOf(path);
        if (merge.isPresent() && node != null) {
            at(merge.get(), node, path, message);
        } else {
            at(node == null ? Optional.empty() : node.getStartMark(), path, message);
        }
    }

    /**
     * An error about a node written in an anchor and merged elsewhere: the anchor may serve several mappings and is
     * not where the path points, so the error goes to the {@code <<} that merged it and says where the value is.
     */
    void at(Merge merge, Node node, String path, String message) {
        String written = node.getStartMark().map(m -> ", written at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse("");
        at(merge.key().getStartMark(), path, message + " (merged here" + merge.anchor().map(a -> " by *" + a)
                .orElse("") + written + ")");
    }

    /** The line an error about this node is reported on, for messages that name another entry's line. */
    int line(Node node, String path) {
        Node shown = mergeOf(path).map(Merge::key).orElse(node);
        return shown == null ? 0 : shown.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The value at {@code path} (and all inside it) came in through {@code merge}. */
    void merged(String path, Merge merge) {
        merges.putIfAbsent(path, merge);
    }

    /** The outermost merge on the way to {@code path}: its {@code <<} is in the mapping the path runs through. */
    private Optional<Merge> mergeOf(String path) {
        if (merges.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 1; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[') {
                Merge merge = merges.get(path.substring(0, i));
                if (merge != null) {
                    return Optional.of(merge);
                }
            }
        }
        return Optional.empty();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** Throws when anything was wrong; errors in file order. */
    void throwIfAny() throws ShowFileException {
        if (any()) {
            var sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
            throw new ShowFileException(sorted);
        }
    }
}
