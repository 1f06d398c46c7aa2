package dev.rackd.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Text to a YAML node tree (snakeyaml-engine's composer: nodes keep their line and column). Syntax errors become
 * {@link ConfigError}s at the parser's position; nothing the parser throws reaches the caller.
 */
final class YamlDocument {
    private static final String YAML = "(yaml)";
    private static final String HINT = "allowed: YAML 'key: value' lines, nested by indenting with spaces";

    private YamlDocument() {}

    /** The top-level mapping, or empty (with the reason recorded) when there is none. */
    static Optional<MappingNode> compose(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file())
                .setAllowDuplicateKeys(true) // reported by Fields with both lines
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(SourceText.MAX_CHARS + 1)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.at(YamlSyntaxWords.where(e), YAML, YamlSyntaxWords.of(e) + "; " + HINT);
            return Optional.empty();
        } catch (ReaderException e) {
            int[] lineColumn = SourceText.lineColumn(text, text.offsetByCodePoints(0,
                    Math.min(e.getPosition(), text.codePointCount(0, text.length()))));
            problems.at(lineColumn[0], lineColumn[1], YAML, "unreadable character: " + e.getMessage() + "; " + HINT);
            return Optional.empty();
        } catch (YamlEngineException e) {
            String why = e.getMessage() != null && e.getMessage().contains("Number of aliases")
                    ? "more than 50 aliases (*name); allowed: at most 50 in a show file"
                    : "cannot be read: " + e.getMessage() + "; " + HINT;
            problems.at(1, 1, YAML, why);
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.at(1, 1, YAML, "nested too deeply to be a show file; " + HINT);
            return Optional.empty();
        } catch (RuntimeException e) {
            // the parser is third-party code fed with whatever the user wrote: never let it become a stack trace
            problems.at(1, 1, YAML, "cannot be read as YAML (" + e.getClass().getSimpleName() + "); " + HINT);
            return Optional.empty();
        }
        if (root.isEmpty() || Values.isNull(root.get())) {
            problems.at(1, 1, SourceText.FILE, "the file is empty; required: at least 'rack:' with an 'id:'"
                    + " (see rack-config/examples/minimal.yaml)");
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.at(root.get(), SourceText.FILE, "the top level is " + Values.shape(root.get())
                    + "; required: a mapping of sections starting with 'rack:'");
            return Optional.empty();
        }
        return Optional.of(mapping);
    }
}
