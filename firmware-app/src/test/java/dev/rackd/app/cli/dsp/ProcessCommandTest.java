package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.app.audio.SampleFormat;
import dev.rackd.app.cli.dsp.WavFiles.Chunk;
import dev.rackd.app.cli.dsp.WavFiles.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessCommandTest extends ProcessCommandFixture {
    @ParameterizedTest
    @CsvSource({"PCM16, 44100, 2", "PCM24, 48000, 1", "FLOAT32, 96000, 3", "PCM32, 8000, 1", "FLOAT64, 22050, 2"})
    void withNothingSwitchedOnTheFileComesOutBitForBitInTheSameFormatAndLength(SampleFormat sf, int rate, int ch)
            throws Exception {
        Path in = dir.resolve("in.wav");
        float[] music = WavFiles.sine(rate, ch, 0.7, 331, 0.5);
        WavFiles.write(in, sf, rate, ch, music);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("out.wav").toString(), "--mode", "off",
                "--no-limiter")).isZero();

        Wav a = WavFiles.read(in);
        Wav b = WavFiles.read(dir.resolve("out.wav"));
        assertThat(b.format().toString()).isEqualTo(a.format().toString());
        assertThat(b.frames()).isEqualTo(a.frames());
        if (sf == SampleFormat.PCM32) {
            // a float carries 24 bits: 32-bit samples come back within one step of 24-bit resolution
            for (int i = 0; i < a.samples().length; i++) {
                assertThat(b.samples()[i]).isCloseTo(a.samples()[i], within(2e-7f));
            }
        } else {
            assertThat(b.data()).isEqualTo(a.data());
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theInputIsNeverReplacedByItsOwnResultAndAFolderIsNoOutput() throws Exception {
        Path in = dir.resolve("take 1.wav");
        WavFiles.write(in, SampleFormat.PCM16, 48000, 1, WavFiles.sine(48000, 1, 0.1, 331, 0.5));
        byte[] recorded = Files.readAllBytes(in);
        assertThat(run("--in", in.toString(), "--out", dir.resolve("./take 1.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out is the input file");
        assertThat(Files.readAllBytes(in)).isEqualTo(recorded);
        assertThat(run("--in", in.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder");
        Path pipe = dir.resolve("to-the-desk");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        assertThat(run("--in", in.toString(), "--out", pipe.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a device or a pipe, not a file; it is left alone");
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
    }

    @Test
    void outputIsAlignedWithTheInputSoAClickStaysWhereItWas() throws Exception {
        int rate = 48000;
        float[] s = new float[rate];
        s[5000] = 0.25f;
        s[30001] = -0.125f;
        Path in = dir.resolve("click.wav");
        WavFiles.write(in, SampleFormat.PCM24, rate, 1, s);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString(), "--mode", "off")).isZero();

        float[] o = WavFiles.read(dir.resolve("o.wav")).samples();
        assertThat(o).hasSize(rate);
        assertThat(o[5000]).isEqualTo(0.25f);
        assertThat(o[30001]).isEqualTo(-0.125f);
        assertThat(WavFiles.peak(o, 0, 5000)).isZero();
    }

    @Test
    void aHotFileComesOutWithNoSampleAboveTheLimiterThresholdAndTheTailFlushed() throws Exception {
        int rate = 48000;
        float[] hot = WavFiles.sine(rate, 2, 1.0, 997, 0.99);
        hot[hot.length - 2] = 1f; // a full-scale peak in the very last frame must still be limited
        Path in = dir.resolve("hot.wav");
        WavFiles.write(in, SampleFormat.FLOAT32, rate, 2, hot);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("lim.wav").toString(), "--limiter-dbtp",
                "-6")).isZero();

        float[] o = WavFiles.read(dir.resolve("lim.wav")).samples();
        assertThat(o).hasSize(hot.length);
        double threshold = Math.pow(10, -6 / 20.0);
        assertThat(WavFiles.peak(o, 0, o.length)).isLessThanOrEqualTo(threshold);
        assertThat(WavFiles.peak(o, o.length / 2, o.length)).as("still loud, only limited").isGreaterThan(
                threshold * 0.8);
    }

    @Test
    void aGrowingHowlIsNotchedAndTheNotchIsReportedOnStderr() throws Exception {
        int rate = 48000;
        float[] howl = WavFiles.growingTone(rate, 2500, 4.0);
        Path in = dir.resolve("howl.wav");
        WavFiles.write(in, SampleFormat.PCM16, rate, 1, howl);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("n.wav").toString())).isZero();

        float[] o = WavFiles.read(dir.resolve("n.wav")).samples();
        int lastSecond = o.length - rate;
        assertThat(WavFiles.rmsDb(o, lastSecond, o.length)).as("howl level after suppression")
                .isLessThan(WavFiles.rmsDb(howl, lastSecond, howl.length) - 10);
        assertThat(err.toString()).containsPattern("\\{\"event\":\"notch_placed\",\"channel\":0,\"sample\":\\d+,"
                + "\"hz\":25\\d\\d\\.\\d,\"depth_db\":-6\\.0,\"width_oct\":0\\.1,\"fixed\":false}");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRecordingCutShortComesOutAsLongAsWhatItHoldsAndSaysSo() throws Exception {
        Path whole = dir.resolve("whole.wav");
        WavFiles.write(whole, SampleFormat.PCM16, 48000, 2, WavFiles.sine(48000, 2, 1.0, 331, 0.5));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(bytes, 44 + 4 * 20_000 + 3));

        assertThat(run("--in", cut.toString(), "--out", dir.resolve("out.wav").toString(), "--mode", "off",
                "--no-limiter")).isZero();

        assertThat(AudioSystem.getAudioFileFormat(dir.resolve("out.wav").toFile()).getFrameLength()).isEqualTo(20_000);
        Wav b = WavFiles.read(dir.resolve("out.wav"));
        assertThat(b.data()).isEqualTo(Arrays.copyOfRange(bytes, 44, 44 + 4 * 20_000));
        assertThat(err.toString()).contains("cut.wav ends after 20000 of the 48000 frames its header gives");
    }

    @Test
    void samplesThatAreNotAudioGoInAsSilenceAndEachKindIsCounted() throws Exception {
        float[] s = WavFiles.sine(48000, 1, 0.2, 331, 0.5);
        int[] bad = {100, 2000, 3000, 4000, 5000};
        float[] what = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e30f, -70000f};
        for (int i = 0; i < bad.length; i++) {
            s[bad[i]] = what[i];
        }
        Path in = dir.resolve("hot.wav");
        WavFiles.write(in, SampleFormat.FLOAT32, 48000, 1, s);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString(), "--mode", "off",
                "--no-limiter")).isZero();

        assertThat(err.toString()).contains("hot.wav: 3 NaN or infinite and 2 out-of-range samples (beyond +96 dBFS)"
                + " went in as silence");
        float[] o = WavFiles.read(dir.resolve("o.wav")).samples();
        for (int i = 0; i < bad.length; i++) {
            assertThat(o[bad[i]]).isZero();
            assertThat(o[bad[i] + 1]).isEqualTo(s[bad[i] + 1]);
        }
        WavFiles.write(in, SampleFormat.FLOAT64, 48000, 1, new float[] {0.5f, 65536f, 65537f});
        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString())).isZero();
        assertThat(err.toString()).contains("hot.wav: 1 out-of-range sample (beyond +96 dBFS) went in as silence");
    }

    @Test
    void theOutputGetsTheFolderUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws Exception {
        Path in = dir.resolve("in.wav");
        WavFiles.write(in, SampleFormat.PCM16, 48000, 1, new float[4800]);
        assertThat(run("--in", in.toString(), "--out", dir.resolve("out.wav").toString())).isZero();

        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("out.wav")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.wav", "out.wav",
                    "plain");
        }
    }

    @Test
    void aDiskThatFillsUpMidwayIsNamedAndTheOutputLeftAsItWas() throws Exception {
        Path in = dir.resolve("in.wav");
        WavFiles.write(in, SampleFormat.PCM16, 48000, 2, WavFiles.sine(48000, 2, 2.0, 331, 0.5));
        Path out = Files.writeString(dir.resolve("out.wav"), "last night's mix");
        // a file size limit fails a write as a full disk does, and needs no full disk: the JVM ignores SIGXFSZ,
        // so the write fails with EFBIG instead of the process being killed
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "ulimit -f 100 && exec \"$@\"", "sh"));
        cmd.addAll(DspMain.command("process", "--in", in.toString(), "--out", out.toString(), "--mode", "off"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(said).isEqualTo(1);
        assertThat(said.lines()).containsExactly("rackd dsp process: cannot write " + out + ": File too large; " + out
                + " is left as it was");
        assertThat(Files.readString(out)).isEqualTo("last night's mix");
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("in.wav", "out.wav");
        }
    }

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void ctrlCOrSigtermMidwayLeavesNoPartFileAndTheOutputAsItWas(String signal, int exitCode) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(ignored(signal.equals("INT") ? 2 : 15),
                "SIG" + signal + " is ignored here (a background job's SIGINT is), and so in a child too");
        long audioBytes = 512L << 20; // 93 minutes of mono: far longer than the signal takes to come
        byte[] head = WavFiles.riff(List.of(WavFiles.fmt(1, 1, 48000, 16), new Chunk("data", new byte[0])));
        System.arraycopy(WavFiles.le32(36 + audioBytes), 0, head, 4, 4);
        System.arraycopy(WavFiles.le32(audioBytes), 0, head, 40, 4);
        Path in = Files.write(dir.resolve("show.wav"), head);
        try (var f = new java.io.RandomAccessFile(in.toFile(), "rw")) {
            f.setLength(head.length + audioBytes); // sparse: silence that takes no room on the disk
        }
        Path out = Files.writeString(dir.resolve("out.wav"), "last night's mix");
        Process p = new ProcessBuilder(DspMain.command("process", "--in", in.toString(), "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path part = dir.resolve(".out.wav." + p.pid() + ".part");
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(part) && p.isAlive() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(part).as("being written").exists();

            assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor()).isZero();

            assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(exitCode);
            assertThat(Files.readString(out)).isEqualTo("last night's mix");
            try (var left = Files.list(dir)) {
                assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("show.wav", "out.wav");
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /** Whether this JVM was started with the signal ignored: a child it starts inherits that. */
    private static boolean ignored(int signal) throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:"))
                .anyMatch(l -> (Long.parseLong(l.substring(7).trim(), 16) >> (signal - 1) & 1) == 1);
    }

    @Test
    void aMissingFileIsABadInputWithItsName() {
        assertThat(run("--in", dir.resolve("nope.wav").toString(), "--out", dir.resolve("o.wav").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains("nope.wav");
        assertThat(dir.resolve("o.wav")).doesNotExist();
    }

    @Test
    void somethingThatIsNotAWavIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.wav"), "set list: 1. intro 2. ballad\n");
        assertThat(run("--in", text.toString(), "--out", dir.resolve("o.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("notes.wav is not a WAV file");
        assertThat(dir.resolve("o.wav")).doesNotExist();
    }

    @Test
    void eightBitAudioIsRefusedWithWhatIsAllowed() throws Exception {
        Path in = dir.resolve("8bit.wav");
        var f = new javax.sound.sampled.AudioFormat(48000, 8, 1, false, false);
        AudioSystem.write(new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(new byte[4800]), f, 4800),
                javax.sound.sampled.AudioFileFormat.Type.WAVE, in.toFile());

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("allowed: 16/24/32-bit PCM or 32/64-bit float");
    }

    @Test
    void aRateTheChainCannotRunIsRefused() throws Exception {
        Path in = dir.resolve("slow.wav");
        WavFiles.write(in, SampleFormat.PCM16, 4000, 1, new float[400]);
        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("slow.wav is at 4000 Hz; allowed: 8000 to 192000 Hz");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsRefusedBeforeAnyWork() throws Exception {
        Path in = dir.resolve("in.wav");
        WavFiles.write(in, SampleFormat.PCM16, 48000, 1, new float[480]);
        assertThat(run("--in", in.toString(), "--out", dir.resolve("gone/o.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write").contains("is not a folder");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path in = dir.resolve("in.wav");
        WavFiles.write(in, SampleFormat.PCM16, 48000, 1, new float[480]);
        String o = dir.resolve("o.wav").toString();
        assertThat(run("--in", in.toString(), "--out", o, "--mode", "loud")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--mode': feedback mode must be off, live or"
                + " ringout, not 'loud'").doesNotContain("Exception").doesNotContain("FeedbackMode");
        assertThat(run("--in", in.toString(), "--out", o, "--no-limiter", "--limiter-dbtp", "-3")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
        assertThat(run("--in", in.toString(), "--out", o, "--limiter-dbtp", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--limiter-dbtp is 3.0; allowed: -60 to 0");
        assertThat(dir.resolve("o.wav")).doesNotExist();
    }
}
