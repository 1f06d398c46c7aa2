package dev.rackd.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Typed reads of one YAML node; a node of the wrong type or out of range is reported and read as empty. */
final class Values {
    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** A plain {@code ~}, {@code null} or nothing at all: the key is there without a value. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain()
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null"));
    }

    /** The scalar's text, or empty (reported) when the node is a list or mapping. */
    Optional<String> text(Node node, String path, String allowed) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problems.at(node, path, "expected a single value, found " + shape(node) + "; allowed: " + allowed);
        return Optional.empty();
    }

    OptionalLong integer(Node node, String path, long min, long max, String unit) {
        String allowed = range(Long.toString(min), Long.toString(max), unit);
        var text = text(node, path, allowed);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        var value = Scalars.integer(text.get());
        if (value.isEmpty()) {
            String why = Scalars.number(text.get()).isPresent() ? "is not a whole number" : "is not a number";
            problems.at(node, path, quote(text.get()) + " " + why + "; allowed: " + allowed);
            return OptionalLong.empty();
        }
        if (value.getAsLong() < min || value.getAsLong() > max) {
            problems.at(node, path, text.get().strip() + withUnit(unit) + " is out of range; allowed: " + allowed);
            return OptionalLong.empty();
        }
        return value;
    }

    OptionalDouble number(Node node, String path, double min, double max, String unit) {
        String allowed = range(Scalars.format(min), Scalars.format(max), unit);
        var text = text(node, path, allowed);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        var value = Scalars.number(text.get());
        if (value.isEmpty()) {
            problems.at(node, path, quote(text.get()) + " is not a number; allowed: " + allowed);
            return OptionalDouble.empty();
        }
        if (value.getAsDouble() < min || value.getAsDouble() > max) {
            problems.at(node, path, text.get().strip() + withUnit(unit) + " is out of range; allowed: " + allowed);
            return OptionalDouble.empty();
        }
        return value;
    }

    Optional<Boolean> flag(Node node, String path) {
        var text = text(node, path, "true or false");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var value = Scalars.flag(text.get());
        if (value.isEmpty()) {
            problems.at(node, path, quote(text.get()) + " is not true or false; allowed: true or false");
        }
        return value;
    }

    Optional<Duration> duration(Node node, String path, Duration min, Duration max) {
        String allowed = range(Scalars.format(min), Scalars.format(max), "") + ", written like 500ms, 10s, 2m or 1h";
        var text = text(node, path, allowed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var value = Scalars.duration(text.get());
        if (value.isEmpty()) {
            String why = Scalars.number(text.get()).isPresent() ? " has no unit" : " is not a duration";
            problems.at(node, path, quote(text.get()) + why + "; allowed: " + allowed);
            return Optional.empty();
        }
        if (value.get().compareTo(min) < 0 || value.get().compareTo(max) > 0) {
            problems.at(node, path, text.get().strip() + " is out of range; allowed: " + allowed);
            return Optional.empty();
        }
        return value;
    }

    /** An enum constant written lower case, '-' or '_' between words ({@code pi-soc}, {@code ack_button}). */
    <E extends Enum<E>> Optional<E> choice(Node node, String path, Class<E> type, String what) {
        List<String> names = names(type);
        String allowed = String.join(", ", names);
        var text = text(node, path, allowed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String wanted = text.get().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        String hint = NearestName.to(text.get().strip(), names)
                .map(n -> " (did you mean '" + n + "'?)").orElse("");
        problems.at(node, path, quote(text.get()) + " is not a known " + what + hint + "; allowed: " + allowed);
        return Optional.empty();
    }

    /** How the show file spells an enum constant: lower case, '-' between words ({@code ack_button} for roles). */
    static String spelling(Enum<?> constant) {
        char separator = constant instanceof GpioInput.InputRole ? '_' : '-';
        return constant.name().toLowerCase(Locale.ROOT).replace('_', separator);
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Values::spelling).collect(Collectors.toList());
    }

    static String shape(Node node) {
        return switch (node.getNodeType()) {
            case MAPPING -> "a mapping (key: value lines)";
            case SEQUENCE -> "a list";
            default -> "a single value";
        };
    }

    /** The user's text in a message, shortened (control characters are escaped by {@link Problems}). */
    static String quote(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    private static String range(String min, String max, String unit) {
        return min + " to " + max + withUnit(unit);
    }

    private static String withUnit(String unit) {
        return unit.isEmpty() ? "" : (unit.equals("%") ? unit : " " + unit);
    }
}
