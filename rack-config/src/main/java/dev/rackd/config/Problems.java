package dev.rackd.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects every error of one show file so the user sees them all at once. */
final class Problems {
    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();

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

    void at(Node node, String path, String message) {
        at(node == null ? Optional.empty() : node.getStartMark(), path, message);
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
