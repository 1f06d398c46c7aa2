package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shutdown hook does ({@link PartFile#close}) before and after the rename. */
class PartFileTest {
    @TempDir
    Path dir;

    @Test
    void onceRenamedTheFinishedOutputIsNeverTakenAway() throws Exception {
        Path out = dir.resolve("out.wav");
        PartFile part = new PartFile(dir.resolve(".out.wav.1.part"));
        Files.writeString(part.path(), "the processed show");
        part.moveTo(out);

        part.close(); // as a SIGTERM right after the rename would

        assertThat(out).hasContent("the processed show");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void aShutdownBeforeTheRenameRemovesThePartFileAndTheRenameIsThenRefused() throws Exception {
        Path out = Files.writeString(dir.resolve("out.wav"), "last night's mix");
        PartFile part = new PartFile(dir.resolve(".out.wav.1.part"));
        Files.writeString(part.path(), "half of the show");

        part.close();

        assertThat(part.path()).doesNotExist();
        assertThatThrownBy(() -> part.moveTo(out)).isInstanceOf(IOException.class)
                .hasMessage("stopped (SIGINT or SIGTERM) before the result was complete");
        assertThat(out).hasContent("last night's mix");
    }
}
