package dev.rackd.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML parser's syntax errors in a tech's words. The parser says what its grammar expected ("expected ',' or '}',
 * but got :"); the tech needs what to change and where it began (the brace opened three lines up). The common cases
 * are put plainly, with the place the construct started; anything else keeps the parser's own text.
 */
final class YamlSyntaxWords {
    private YamlSyntaxWords() {}

    static String of(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String started = e.getContextMark().map(m -> " opened at " + place(m)).orElse("");
        if (context.contains("flow mapping")) {
            return "a '{'" + started + " is not closed with '}' before this (" + problem + ")";
        }
        if (context.contains("flow sequence")) {
            return "a '['" + started + " is not closed with ']' before this (" + problem + ")";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "a ':' here would start a mapping inside a value: indent this line like the key above it, or put"
                    + " a value with ': ' in it in quotes";
        }
        if (problem.contains("found character '\\t(TAB)'")) {
            return "a tab in the indentation: YAML indents with spaces only";
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return "a quoted value" + started + " has no closing quote";
        }
        if (problem.contains("expected <block end>")) {
            return "this line is indented to no level above it: line it up with the keys or list items it belongs"
                    + " beside (the same number of spaces)";
        }
        if (problem.contains("another document")) {
            return "a second document ('---'): a show file is one YAML document";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a line without ':'" + (context.isEmpty() ? "" : started) + "; every line is 'key: value' or a"
                    + " '- ' list item";
        }
        return "syntax error: " + problem + (context.isEmpty() ? "" : " (" + context + ")");
    }

    private static String place(Mark m) {
        return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    static Optional<Mark> where(MarkedYamlEngineException e) {
        return e.getProblemMark().or(e::getContextMark);
    }
}
