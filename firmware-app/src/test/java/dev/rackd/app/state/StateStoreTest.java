package dev.rackd.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    @TempDir
    Path dir;
    private final List<String> problems = new ArrayList<>();
    private long millis = 1_700_000_000_000L;

    private StateStore store(long maxBytes, long maxTotal) throws IOException {
        return new StateStore(dir, maxBytes, maxTotal, Clock.fixed(Instant.ofEpochMilli(millis++), ZoneOffset.UTC),
                problems::add);
    }

    private StateStore store() throws IOException {
        return store(4096, 64 * 1024);
    }

    @Test
    void whatIsWrittenIsReadBackAcrossRestarts() throws IOException {
        store().write("notches", new byte[] {1, 2, 3});
        store().write("notches", new byte[] {4, 5});
        assertThat(store().read("notches")).hasValueSatisfying(v -> assertThat(v).containsExactly(4, 5));
        assertThat(store().read("energy")).isEmpty();
        store().delete("notches");
        assertThat(store().read("notches")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTruncationOfAValidFileIsRejectedSetAsideAndReported() throws IOException {
        byte[] payload = new byte[250];
        Arrays.fill(payload, (byte) 0x5a);
        store().write("coordination", payload);
        byte[] whole = Files.readAllBytes(dir.resolve("coordination"));
        for (int len = 0; len < whole.length; len++) {
            Files.write(dir.resolve("coordination"), Arrays.copyOf(whole, len));
            problems.clear();
            assertThat(store().read("coordination")).as("cut at %d", len).isEmpty();
            assertThat(problems).singleElement().asString().contains("'coordination' was damaged")
                    .contains("starting from defaults");
            assertThat(dir.resolve("coordination")).doesNotExist();
        }
    }

    @Test
    void aSingleFlippedBitAnywhereIsCaught() throws IOException {
        store().write("alerts", "latched: amp-b ch3 over temperature".getBytes());
        byte[] whole = Files.readAllBytes(dir.resolve("alerts"));
        for (int bit = 0; bit < whole.length * 8; bit++) {
            byte[] bad = whole.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(dir.resolve("alerts"), bad);
            assertThat(store().read("alerts")).as("bit %d", bit).isEmpty();
        }
        assertThat(problems).hasSize(whole.length * 8);
    }

    @Test
    void aReaderThatAsksIsToldWhyAndWhereADamagedFileWent() throws IOException {
        store().write("notches", new byte[] {1, 2, 3});
        byte[] whole = Files.readAllBytes(dir.resolve("notches"));
        whole[whole.length - 1] ^= 1;
        Files.write(dir.resolve("notches"), whole);
        List<StateStore.Damage> told = new ArrayList<>();

        assertThat(store().read("notches", told::add)).isEmpty();
        assertThat(told).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("notches");
            assertThat(d.why()).isEqualTo("checksum mismatch");
            assertThat(d.where()).startsWith("set aside as " + dir.resolve("notches.corrupt-"));
            assertThat(Path.of(d.where().substring("set aside as ".length()))).exists();
        });
        assertThat(problems).containsExactly(told.get(0).words());
        assertThat(store().read("notches", told::add)).isEmpty();
        assertThat(told).hasSize(1);
    }

    @Test
    void damagedFilesKeptForAPostMortemAreBounded() throws IOException {
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("energy"), "garbage " + i);
            assertThat(store().read("energy")).isEmpty();
        }
        assertThat(names()).hasSize(StateStore.CORRUPT_KEPT).allMatch(n -> n.startsWith("energy.corrupt-"));
        assertThat(Files.readString(dir.resolve(newestCorrupt()))).isEqualTo("garbage 5");
    }

    @Test
    void aHugeStrayFileIsSetAsideWithoutBeingRead() throws IOException {
        Files.write(dir.resolve("energy"), new byte[10_000]);
        assertThat(store(1024, 64 * 1024).read("energy")).isEmpty();
        assertThat(problems).singleElement().asString().contains("10000 bytes, more than any state may be");
    }

    @Test
    void aTooLargeValueIsRefusedAndTheOldOneStays() throws IOException {
        store(16, 1024).write("gain", new byte[16]);
        assertThatThrownBy(() -> store(16, 1024).write("gain", new byte[17]))
                .isInstanceOf(IOException.class).hasMessageContaining("17 bytes; the limit is 16");
        assertThat(store(16, 1024).read("gain")).hasValueSatisfying(v -> assertThat(v).hasSize(16));
    }

    @Test
    void theFolderAsAWholeIsBounded() throws IOException {
        StateStore s = store(1000, 3000);
        s.write("a", new byte[1000]);
        s.write("b", new byte[1000]);
        s.write("b", new byte[1000]); // replacing counts only once
        assertThatThrownBy(() -> s.write("c", new byte[1000]))
                .isInstanceOf(IOException.class).hasMessageContaining("the limit is 3000");
        assertThat(s.read("c")).isEmpty();
        s.write("c", new byte[900]);
        assertThat(s.read("c")).hasValueSatisfying(v -> assertThat(v).hasSize(900));
    }

    @Test
    void aTempFileLeftByACutOffWriteIsNeverStateAndIsCleanedAway() throws IOException {
        store().write("notches", new byte[] {7});
        Files.write(dir.resolve("notches.tmp"), new byte[] {1, 2, 3});
        StateStore reopened = store();
        assertThat(dir.resolve("notches.tmp")).doesNotExist();
        assertThat(reopened.read("notches")).hasValueSatisfying(v -> assertThat(v).containsExactly(7));
    }

    @Test
    void namesThatCouldEscapeTheFolderOrCollideAreRefused() throws IOException {
        StateStore s = store();
        for (String bad : List.of("../etc/passwd", "a/b", "", ".hidden", "x.tmp", "x.corrupt-1", "UPPER")) {
            assertThatThrownBy(() -> s.write(bad, new byte[1])).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(names()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String newestCorrupt() throws IOException {
        return names().get(names().size() - 1);
    }
}
