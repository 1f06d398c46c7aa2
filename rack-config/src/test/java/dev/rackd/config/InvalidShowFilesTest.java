package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code invalid/} states the errors it must produce in {@code # expect: LINE:COLUMN: path:
 * fragment} comment lines; the loader must report exactly those errors, each at that place, in that order.
 */
class InvalidShowFilesTest {
    private static final Path FOLDER = Path.of("src/test/resources/invalid");
    private static final String EXPECT = "# expect: ";

    static Stream<Path> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void reportsExactlyTheExpectedErrors(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        List<String> expected = expectations(bytes);
        assertThat(expected).as("%s states its expected errors", name).isNotEmpty();

        ShowFileException e = catchThrowableOfType(ShowFileException.class, () -> ShowFileLoader.read(bytes, name));

        assertThat(e).as("%s must be rejected", name).isNotNull();
        List<String> lines = e.errors().stream().map(ConfigError::toString).toList();
        assertThat(lines).as("errors of %s", name).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            int split = want.indexOf(": ", want.indexOf(": ") + 2);
            String place = name + ":" + want.substring(0, split + 2);
            String fragment = want.substring(split + 2);
            assertThat(lines.get(i)).as("error %d of %s", i + 1, name).startsWith(place).contains(fragment);
        }
        assertThat(e.getMessage()).isEqualTo(String.join("\n", lines));
    }

    /** Read as Latin-1 so binary and broken UTF-8 files can carry their expectations too. */
    private static List<String> expectations(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).lines()
                .filter(l -> l.startsWith(EXPECT))
                .map(l -> l.substring(EXPECT.length()).strip())
                .toList();
    }
}
