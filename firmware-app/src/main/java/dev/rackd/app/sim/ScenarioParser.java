package dev.rackd.app.sim;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a scenario file: one injection per line,
 * {@code <seconds-after-start> <device-id> <metric|state> <value|release|offline|online|garbage>},
 * {@code #} starts a comment. Every bad line is reported, with its number, before anything starts.
 */
public final class ScenarioParser {
    /** A scenario is a hand-written script; anything bigger is the wrong file. */
    static final int MAX_BYTES = 1 << 20;
    static final long MAX_SECONDS = 7 * 24 * 3600;
    private static final Pattern SECONDS = Pattern.compile("\\d{1,7}(\\.\\d{1,3})?");

    private final Set<String> deviceIds;

    /** @param deviceIds the show file's devices: a step for any other device is an error */
    public ScenarioParser(Collection<String> deviceIds) {
        this.deviceIds = new TreeSet<>(deviceIds);
    }

    public Scenario load(Path file) throws ScenarioException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(List.of(name + ": " + Files.size(file) + " bytes is too big for a scenario"
                        + " (at most " + MAX_BYTES + ")"));
            }
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString(), name);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(name + ": not a text file (UTF-8 expected)"));
        } catch (IOException e) {
            throw new ScenarioException(List.of(name + ": cannot read: " + e.getMessage()));
        }
    }

    public Scenario parse(String text, String fileName) throws ScenarioException {
        List<String> errors = new ArrayList<>();
        List<ScenarioStep> steps = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            parseLine(line, lineNo).ifPresentOrElse(
                    problem -> errors.add(fileName + ":" + lineNo + ": " + problem),
                    () -> steps.add(step(line, lineNo)));
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return new Scenario(fileName, steps);
    }

    /** @return what is wrong with the line, or empty when it is a good step */
    private Optional<String> parseLine(String line, int lineNo) {
        String[] f = line.split("\\s+");
        if (f.length != 4) {
            return Optional.of("expected 4 fields '<seconds> <device-id> <metric|state> <value>', found " + f.length
                    + ": '" + Injection.printable(line) + "'");
        }
        if (!SECONDS.matcher(f[0]).matches() || new BigDecimal(f[0]).longValue() > MAX_SECONDS) {
            return Optional.of("'" + Injection.printable(f[0]) + "' is not a time: seconds after start, 0 to " + MAX_SECONDS
                    + ", e.g. 12 or 12.5");
        }
        if (!deviceIds.contains(f[1])) {
            return Optional.of("no device '" + Injection.printable(f[1]) + "' in the show file; devices: "
                    + String.join(", ", deviceIds));
        }
        return Optional.ofNullable(Injection.problem(f[2], f[3]));
    }

    private static ScenarioStep step(String line, int lineNo) {
        String[] f = line.split("\\s+");
        long millis = new BigDecimal(f[0]).movePointRight(3).longValueExact();
        return new ScenarioStep(lineNo, Duration.ofMillis(millis), f[1], f[2], f[3]);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
