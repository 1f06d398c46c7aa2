package dev.rackd.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalPrefixTest {
    @TempDir
    Path dir;

    @Test
    void recognisesTheStreamJournalStreamNamesAndNothingElse() throws Exception {
        Path stream = Files.createFile(dir.resolve("stream"));
        Path other = Files.createFile(dir.resolve("other"));
        String id = Files.getAttribute(stream, "unix:dev") + ":" + Files.getAttribute(stream, "unix:ino");
        assertThat(JournalPrefix.isStream(id, stream)).isTrue();
        assertThat(JournalPrefix.isStream(id, other)).isFalse();
        assertThat(JournalPrefix.isStream(null, stream)).isFalse();
        assertThat(JournalPrefix.isStream("garbage", stream)).isFalse();
    }

    @Test
    void prioritiesAreTheSyslogOnes() {
        assertThat(JournalPrefix.priority(Level.ERROR)).isEqualTo("<3>");
        assertThat(JournalPrefix.priority(Level.WARN)).isEqualTo("<4>");
        assertThat(JournalPrefix.priority(Level.INFO)).isEqualTo("<6>");
        assertThat(JournalPrefix.priority(Level.DEBUG)).isEqualTo("<7>");
    }
}
