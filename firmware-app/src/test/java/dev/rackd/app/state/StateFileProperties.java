package dev.rackd.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes lie in a state file, read() returns the exact payload of an intact file or nothing. */
class StateFileProperties {
    /** A file's bytes as one valid write left them, then possibly damaged. */
    record Case(byte[] payload, int damage, int where, byte value) {}

    @Provide
    Arbitrary<Case> files() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 400),
                Arbitraries.bytes()).as(Case::new);
    }

    @Property(tries = 300)
    void anIntactFileReadsBackExactlyAndAnyDamageIsRejected(@ForAll("files") Case c) throws IOException {
        Path dir = Files.createTempDirectory("state-prop");
        try {
            List<String> problems = new ArrayList<>();
            StateStore store = new StateStore(dir, 1024, Clock.systemUTC(), problems::add);
            store.write("x", c.payload());
            byte[] whole = Files.readAllBytes(dir.resolve("x"));
            byte[] onDisk = damage(whole, c);
            Files.write(dir.resolve("x"), onDisk);

            var read = store.read("x");
            if (Arrays.equals(onDisk, whole)) {
                assertThat(read).hasValueSatisfying(v -> assertThat(v).isEqualTo(c.payload()));
                assertThat(problems).isEmpty();
            } else {
                assertThat(read).isEmpty();
                assertThat(problems).hasSize(1);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** 0 intact, 1 truncated, 2 one byte changed, 3 bytes appended, 4 replaced by garbage. */
    private static byte[] damage(byte[] whole, Case c) {
        int at = c.where() % whole.length;
        return switch (c.damage()) {
            case 1 -> Arrays.copyOf(whole, at);
            case 2 -> {
                byte[] b = whole.clone();
                b[at] ^= c.value() == 0 ? 1 : c.value();
                yield b;
            }
            case 3 -> {
                byte[] b = Arrays.copyOf(whole, whole.length + 1 + at % 7);
                Arrays.fill(b, whole.length, b.length, c.value());
                yield b;
            }
            case 4 -> {
                byte[] b = new byte[at];
                Arrays.fill(b, c.value());
                yield b;
            }
            default -> whole;
        };
    }
}
