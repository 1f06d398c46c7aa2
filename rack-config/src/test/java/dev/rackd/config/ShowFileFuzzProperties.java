package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever lands in the show file — random bytes, YAML-shaped noise, a real file with lines cut, doubled or
 * garbled — the loader answers with a ShowFile or a ShowFileException with positioned errors. Nothing else, and
 * never slowly.
 */
class ShowFileFuzzProperties {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final List<String> EXAMPLE = example();

    @Property(tries = 300)
    void arbitraryBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        assertOnlyShowFileOrErrors(() -> ShowFileLoader.read(bytes, "fuzz.yaml"), bytes.length);
    }

    @Property(tries = 400)
    void yamlShapedNoise(@ForAll("yamlish") String text) {
        assertOnlyShowFileOrErrors(() -> ShowFileLoader.parse(text, "fuzz.yaml"), text.length());
    }

    @Property(tries = 400)
    void mutatedTouringRack(@ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(EXAMPLE);
        mutations.forEach(m -> m.apply(lines));
        String text = String.join("\n", lines);
        assertOnlyShowFileOrErrors(() -> ShowFileLoader.parse(text, "fuzz.yaml"), text.length());
    }

    interface Load {
        ShowFile run() throws ShowFileException;
    }

    private static void assertOnlyShowFileOrErrors(Load load, int size) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                assertThat(load.run()).isNotNull();
            } catch (ShowFileException e) {
                assertThat(e.errors()).isNotEmpty().allSatisfy(err -> {
                    assertThat(err.file()).isEqualTo("fuzz.yaml");
                    assertThat(err.line()).isPositive();
                    assertThat(err.column()).isPositive();
                    assertThat(err.path()).isNotBlank();
                    assertThat(err.message()).contains("; ").doesNotContain("Exception").doesNotContain("\tat ");
                    assertThat(err.toString()).doesNotContain("\n").doesNotContain("\r");
                });
                // one file, a bounded report: an error at most per few characters
                assertThat(e.errors()).hasSizeLessThanOrEqualTo(size + 5);
            }
        });
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("rack", "id", "power", "meters", "sequence", "gpio", "outputs", "pin", "relay",
                        "audio", "block_size", "alerts", "rules", "device", "wireless", "receivers", "channels",
                        "amplifiers", "oca_objects", "auth", "users", "commands", "temperature", "sensors", "kind",
                        "pzem004t", "aes70", "ds18b20", "true", "null", "~", "0x40", "10s", "1e9", "-1", "amp-*"),
                Arbitraries.of(":", ": ", "- ", "\n", "\n  ", "\n    ", "[", "]", "{", "}", ",", "'", "\"", "#",
                        "&a ", "*a", "!!str ", "? ", "|", ">", "---\n", "...\n", "\t", "%YAML 1.2\n", "<<: "),
                Arbitraries.strings().ofMaxLength(6));
        return token.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, EXAMPLE.size() - 1);
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                line.map(Mutation::delete),
                line.map(Mutation::duplicate),
                Arbitraries.integers().between(0, 2000).flatMap(pos -> Arbitraries.chars().map(c ->
                        Mutation.replace(pos, c))),
                line.flatMap(l -> Arbitraries.integers().between(-4, 4).map(d -> Mutation.indent(l, d))));
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    record Mutation(String kind, int at, int amount) {
        static Mutation delete(int line) {
            return new Mutation("delete", line, 0);
        }

        static Mutation duplicate(int line) {
            return new Mutation("duplicate", line, 0);
        }

        static Mutation replace(int offset, char c) {
            return new Mutation("replace", offset, c);
        }

        static Mutation indent(int line, int by) {
            return new Mutation("indent", line, by);
        }

        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int line = Math.floorMod(at, lines.size());
            switch (kind) {
                case "delete" -> lines.remove(line);
                case "duplicate" -> lines.add(line, lines.get(line));
                case "indent" -> lines.set(line, amount >= 0 ? " ".repeat(amount) + lines.get(line)
                        : lines.get(line).substring(Math.min(-amount, leadingSpaces(lines.get(line)))));
                default -> {
                    String s = lines.get(line);
                    if (!s.isEmpty()) {
                        int p = Math.floorMod(at, s.length());
                        lines.set(line, s.substring(0, p) + (char) amount + s.substring(p + 1));
                    }
                }
            }
        }

        private static int leadingSpaces(String s) {
            int n = 0;
            while (n < s.length() && s.charAt(n) == ' ') {
                n++;
            }
            return n;
        }
    }

    private static List<String> example() {
        try {
            return Files.readAllLines(Path.of("examples/touring-rack.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
