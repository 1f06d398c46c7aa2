package dev.rackd.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One mapping of the show file with the keys it allows. Unknown and duplicate keys are reported when it is opened;
 * every read reports what is wrong and falls back to the default, so a single pass finds every error.
 */
final class Fields {
    private final Node where;
    private final String path;
    private final Values values;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    /** Not a mapping at all: one error said so; missing keys inside it are not reported again. */
    private boolean broken;

    /**
     * @param node    the mapping, or null when the section is absent
     * @param where   where errors about missing keys point when the mapping is absent
     * @param allowed the keys this mapping may hold; null for free-form maps (user names, object numbers)
     */
    Fields(Node node, Node where, String path, Values values, List<String> allowed) {
        this.where = node != null ? node : where;
        this.path = path;
        this.values = values;
        if (node == null || Values.isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            broken = true;
            problem(node, path, "expected a mapping (key: value lines), found " + Values.shape(node)
                    + (allowed == null ? "" : "; allowed keys: " + String.join(", ", allowed)));
            return;
        }
        entries.putAll(MappingKeys.read(mapping, path, values.problems(), allowed));
    }

    /** Further missing keys inside go unreported: the section itself was reported missing or malformed. */
    Fields quiet() {
        broken = true;
        return this;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    Values values() {
        return values;
    }

    /** The mapping itself, or where it would be: the anchor for errors about the whole item. */
    Node where() {
        return where;
    }

    /** Keys present with a value, in file order. */
    List<String> keys() {
        return entries.keySet().stream().filter(this::has).toList();
    }

    /** The key is written, even without a value ({@code audio:} alone switches audio on with its defaults). */
    boolean present(String key) {
        return entries.containsKey(key);
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !Values.isNull(t.getValueNode());
    }

    /** The value node, or empty when the key is absent or has no value. */
    Optional<Node> node(String key) {
        return has(key) ? Optional.of(entries.get(key).getValueNode()) : Optional.empty();
    }

    /** The key's own node when present, else the mapping. */
    Node keyNode(String key) {
        NodeTuple t = entries.get(key);
        return t != null ? t.getKeyNode() : where;
    }

    /** Where an error about this key points: its value, else the key, else the mapping. */
    Node at(String key) {
        return node(key).orElse(keyNode(key));
    }

    /** The line an error about this key is reported on (a merged value's is where it was merged). */
    int line(String key) {
        return values.problems().line(at(key), path(key));
    }

    void error(String key, String message) {
        problem(at(key), path(key), message);
    }

    /** An error about the key itself (a wrong name in a free-form map), not its value. */
    void keyError(String key, String message) {
        problem(keyNode(key), path(key), message);
    }

    void missing(String key, String allowed) {
        if (broken) {
            return;
        }
        String what = entries.containsKey(key) ? "has no value" : "missing";
        problem(keyNode(key), path(key), what + "; required: " + allowed);
    }

    private void problem(Node node, String at, String message) {
        values.problems().at(node, at, message);
    }

    // ---- typed reads ----------------------------------------------------------------------------------------

    Optional<String> optionalText(String key, String allowed) {
        return node(key).flatMap(n -> values.text(n, path(key), allowed)).map(String::strip);
    }

    String text(String key, String fallback, String allowed) {
        return optionalText(key, allowed).orElse(fallback);
    }

    String requiredText(String key, String allowed) {
        if (!has(key)) {
            missing(key, allowed);
            return "";
        }
        if (node(key).filter(n -> n instanceof ScalarNode s && s.getValue().isBlank()).isPresent()) {
            // id: "" is written, but names nothing: an empty rack id would put every topic under rackd//
            error(key, "is empty; allowed: " + allowed);
            return "";
        }
        return optionalText(key, allowed).orElse("");
    }

    OptionalLong optionalInteger(String key, long min, long max, String unit) {
        return node(key).map(n -> values.integer(n, path(key), min, max, unit)).orElse(OptionalLong.empty());
    }

    int integer(String key, int fallback, int min, int max, String unit) {
        return (int) optionalInteger(key, min, max, unit).orElse(fallback);
    }

    /** Empty when missing or unusable (both reported), so later checks do not build on a made-up value. */
    OptionalLong requiredInteger(String key, long min, long max, String unit, String example) {
        if (!has(key)) {
            missing(key, min + " to " + max + (unit.isEmpty() ? "" : " " + unit) + ", e.g. " + example);
            return OptionalLong.empty();
        }
        return optionalInteger(key, min, max, unit);
    }

    OptionalDouble optionalNumber(String key, double min, double max, String unit) {
        return node(key).map(n -> values.number(n, path(key), min, max, unit)).orElse(OptionalDouble.empty());
    }

    double number(String key, double fallback, double min, double max, String unit) {
        return optionalNumber(key, min, max, unit).orElse(fallback);
    }

    /** A number with whether it was written: for messages that compare it with another ({@link Setting}). */
    Setting setting(String key, double fallback, double min, double max, String unit) {
        OptionalDouble read = optionalNumber(key, min, max, unit);
        return new Setting(key, read.orElse(fallback), has(key), read.isPresent() || !has(key));
    }

    /** {@link #setting} for a whole number ({@code scan_min_khz}). */
    Setting integerSetting(String key, long fallback, long min, long max, String unit) {
        OptionalLong read = optionalInteger(key, min, max, unit);
        return new Setting(key, read.orElse(fallback), has(key), read.isPresent() || !has(key));
    }

    double requiredNumber(String key, double min, double max, String unit, String example) {
        if (!has(key)) {
            missing(key, Scalars.format(min) + " to " + Scalars.format(max) + " " + unit + ", e.g. " + example);
            return min;
        }
        return optionalNumber(key, min, max, unit).orElse(min);
    }

    boolean flag(String key, boolean fallback) {
        return node(key).flatMap(n -> values.flag(n, path(key))).orElse(fallback);
    }

    Duration duration(String key, Duration fallback, Duration min, Duration max) {
        return node(key).flatMap(n -> values.duration(n, path(key), min, max)).orElse(fallback);
    }

    <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type, String what) {
        return node(key).flatMap(n -> values.choice(n, path(key), type, what));
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, String what) {
        return optionalChoice(key, type, what).orElse(fallback);
    }

    /** A required choice; empty (and reported) when missing or unknown. */
    <E extends Enum<E>> Optional<E> requiredChoice(String key, Class<E> type, String what) {
        if (!has(key)) {
            missing(key, "the " + what + ": " + String.join(", ", Values.names(type)));
        }
        return optionalChoice(key, type, what);
    }

    // ---- structure ------------------------------------------------------------------------------------------

    /** A nested mapping; absent sections read as empty (so every default applies). */
    Fields section(String key, List<String> allowed) {
        return new Fields(node(key).orElse(null), keyNode(key), path(key), values, allowed);
    }

    /** A list of values; a single value where a list is wanted is reported. */
    List<Node> list(String key, String allowed) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof SequenceNode seq) {
            return seq.getValue();
        }
        error(key, "expected a list, found " + Values.shape(node.get()) + "; allowed: " + allowed);
        return List.of();
    }

    /** A list of mappings, each opened with its allowed keys; paths read {@code key[0]}, {@code key[1]}... */
    List<Fields> items(String key, List<String> allowed) {
        List<Node> nodes = list(key, "a list of '- " + allowed.get(0) + ": ...' entries");
        List<Fields> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Fields item = new Fields(node, node, path(key) + "[" + i + "]", values, allowed);
            if (Values.isNull(node)) {
                item.broken = true;
                problem(node, item.path, "an empty list entry; required: '" + allowed.get(0) + ": ...' and the"
                        + " other keys of " + key);
            }
            items.add(item);
        }
        return items;
    }
}
