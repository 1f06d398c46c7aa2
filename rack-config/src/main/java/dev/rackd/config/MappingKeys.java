package dev.rackd.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The keys of one YAML mapping, checked: unknown keys (with the nearest allowed one), keys written twice (the YAML
 * parser would silently keep the last), and merge keys resolved.
 */
final class MappingKeys {
    /** Top-level keys with this prefix are not read: they only hold anchors for the rest of the file. */
    static final String SHARED_PREFIX = "x-";

    private final String path;
    private final Problems problems;
    private final List<String> allowed;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MappingKeys(String path, Problems problems, List<String> allowed) {
        this.path = path;
        this.problems = problems;
        this.allowed = allowed;
    }

    /** @param allowed null for free-form maps (user names, object numbers) */
    static Map<String, NodeTuple> read(MappingNode mapping, String path, Problems problems, List<String> allowed) {
        MappingKeys keys = new MappingKeys(path, problems, allowed);
        keys.merge(keys.collectAll(mapping, null), 0, null);
        return keys.entries;
    }

    /**
     * Takes the mapping's own keys, or with {@code merge} the keys it brings in; returns its merge keys for
     * {@link #merge}.
     */
    private List<NodeTuple> collectAll(MappingNode mapping, Problems.Merge merge) {
        List<NodeTuple> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (isMergeKey(tuple.getKeyNode())) {
                merges.add(tuple);
            } else {
                collect(tuple, merge);
            }
        }
        return merges;
    }

    /**
     * {@code <<: *defaults} (YAML merge keys): racks repeat the same channel settings a lot. Keys written in the
     * mapping itself win over merged ones; earlier merged mappings win over later ones. What an anchor brings in,
     * even through its own merges, is reported at the {@code <<} of the mapping being read ({@code merge}).
     */
    private void merge(List<NodeTuple> mergeKeys, int depth, Problems.Merge merge) {
        for (NodeTuple tuple : mergeKeys) {
            Node source = tuple.getValueNode();
            List<Node> mappings = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
            for (Node m : mappings) {
                if (!(m instanceof MappingNode mapping) || depth > 8) {
                    report(merge, m, path.isEmpty() ? "<<" : path + ".<<", "a merge key needs an alias of a mapping;"
                            + " allowed: <<: *name or <<: [*a, *b]");
                    continue;
                }
                Problems.Merge through = merge != null ? merge
                        : new Problems.Merge(tuple.getKeyNode(), mapping.getAnchor().map(Anchor::getValue));
                merge(collectAll(mapping, through), depth + 1, through);
            }
        }
    }

    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode s && s.isPlain() && s.getValue().equals("<<");
    }

    private void collect(NodeTuple tuple, Problems.Merge merge) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
            report(merge, keyNode, path.isEmpty() ? "(top level)" : path, "a key must be a plain name; allowed keys: "
                    + (allowed == null ? "names" : String.join(", ", allowed)));
            return;
        }
        String key = scalar.getValue();
        if (path.isEmpty() && key.startsWith(SHARED_PREFIX)) {
            return; // x-amp: &amp {...}: a place to keep what several entries share, as Compose files do
        }
        String keyPath = path.isEmpty() ? key : path + "." + key;
        if (allowed != null && !allowed.contains(key)) {
            String hint = NearestName.to(key, allowed).map(n -> ", did you mean '" + n + "'?").orElse("");
            report(merge, keyNode, keyPath, "unknown key '" + key + "'" + hint + "; allowed keys: "
                    + String.join(", ", allowed));
            return;
        }
        if (merge != null) {
            if (entries.putIfAbsent(key, tuple) == null) {
                problems.merged(keyPath, merge);
            }
            return;
        }
        if (entries.containsKey(key)) {
            int firstLine = entries.get(key).getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(0);
            problems.at(keyNode, keyPath, "key '" + key + "' appears twice (first on line " + firstLine
                    + "); allowed: once");
            return;
        }
        entries.put(key, tuple);
    }

    private void report(Problems.Merge merge, Node node, String at, String message) {
        if (merge == null) {
            problems.at(node, at, message);
        } else {
            problems.at(merge, node, at, message);
        }
    }
}
