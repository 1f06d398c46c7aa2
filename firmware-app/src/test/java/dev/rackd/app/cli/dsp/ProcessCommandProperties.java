package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import picocli.CommandLine;

/** Whatever bytes the input file holds, {@code process} either does the job or refuses with exit 2; never more. */
class ProcessCommandProperties {
    private Path dir;

    @BeforeTry
    void folder() throws Exception {
        dir = Files.createTempDirectory("dsp-prop");
    }

    @AfterTry
    void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void arbitraryBytesAreRefusedCleanly(@ForAll @Size(max = 300) byte[] junk) throws Exception {
        assertOkOrRefused(Files.write(dir.resolve("in.wav"), junk));
    }

    @Property(tries = 120)
    void wavHeadersWithOddFieldsEitherProcessToTheSameLengthOrAreRefused(
            @ForAll @IntRange(min = 0, max = 4) int tagChoice, @ForAll @IntRange(min = 0, max = 70) int channels,
            @ForAll @IntRange(min = 0, max = 6) int bitsChoice, @ForAll @IntRange(min = 1, max = 400_000) int rate,
            @ForAll @IntRange(min = 0, max = 5000) int dataBytesClaimed,
            @ForAll @IntRange(min = 0, max = 3000) int dataBytesPresent) throws Exception {
        int tag = new int[] {1, 3, 0xFFFE, 6, 2}[tagChoice];
        int bits = new int[] {8, 16, 24, 32, 64, 12, 0}[bitsChoice];
        int blockAlign = channels * ((bits + 7) / 8);
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytesPresent).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytesClaimed).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        b.put("data".getBytes()).putInt(dataBytesClaimed);
        for (int i = 0; i < dataBytesPresent; i++) {
            b.put((byte) (i * 37));
        }
        assertOkOrRefused(Files.write(dir.resolve("in.wav"), b.array()));
    }

    private void assertOkOrRefused(Path in) throws Exception {
        Path out = dir.resolve("out.wav");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DspCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("process", "--in", in.toString(), "--out", out.toString());
        assertThat(code).as(err.toString()).isIn(0, 2);
        if (code == 2) {
            assertThat(err.toString()).startsWith("rackd dsp process: ");
            assertThat(out).doesNotExist();
            return;
        }
        long framesIn;
        try (AudioInputStream a = AudioSystem.getAudioInputStream(in.toFile())) {
            framesIn = a.readAllBytes().length / a.getFormat().getFrameSize();
        }
        try (AudioInputStream a = AudioSystem.getAudioInputStream(out.toFile())) {
            assertThat(a.readAllBytes().length / a.getFormat().getFrameSize()).isEqualTo(framesIn);
        }
    }
}
