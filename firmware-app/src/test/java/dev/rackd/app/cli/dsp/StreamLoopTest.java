package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.SampleFormat;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code rackd dsp stream} as a bench uses it: a child process, one block written, one block read back, the
 * output fed round a resonant "room" into the next input. Without suppression the loop howls up to the limiter;
 * in live mode a notch goes in and the howl dies.
 */
@Timeout(60)
class StreamLoopTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 64;
    /** A whole number of cycles in the loop's delay (block plus latency, 128 samples): the mode that howls. */
    private static final double ROOM_HZ = 1125;

    record Loop(int exit, List<String> err, double lastHalfSecondRmsDb, int extraBytes) {
    }

    @Test
    void inLiveModeTheHowlIsNotchedAndDiesAway() throws Exception {
        Loop loop = closeTheLoop("live", 5.0);

        assertThat(loop.exit()).isZero();
        assertThat(loop.extraBytes()).isZero();
        assertThat(loop.err().get(0)).matches("latency_samples=\\d+");
        assertThat(loop.err()).anySatisfy(line -> assertThat(line).startsWith("{\"event\":\"notch_placed\"")
                .containsPattern("\"hz\":11[0-4]\\d\\.\\d"));
        assertThat(loop.lastHalfSecondRmsDb()).as("loop level at the end").isLessThan(-35);
    }

    @Test
    void withSuppressionOffTheSameLoopHowlsUpToTheLimiter() throws Exception {
        Loop loop = closeTheLoop("off", 2.0);

        assertThat(loop.exit()).isZero();
        assertThat(loop.err()).noneMatch(line -> line.contains("notch_placed"));
        assertThat(loop.lastHalfSecondRmsDb()).as("loop level at the end").isGreaterThan(-10);
    }

    @Test
    void aReaderThatGoesAwayIsOneLineSayingAfterHowManyBlocksAndExitCode1() throws Exception {
        Process p = stream().start();
        byte[] block = new byte[BLOCK * 4];
        InputStream fromChild = p.getInputStream();
        OutputStream toChild = p.getOutputStream();
        for (int b = 0; b < 10; b++) {
            toChild.write(block);
            toChild.flush();
            assertThat(fromChild.readNBytes(BLOCK * 4)).hasSize(BLOCK * 4);
        }
        fromChild.close(); // as `| head -c 2560` does once it has its bytes
        try (toChild) {
            for (int b = 0; b < 200 && p.isAlive(); b++) {
                toChild.write(block);
                toChild.flush();
            }
        } catch (java.io.IOException e) {
            // the child ended first: what matters is how
        }
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines()).containsExactly("latency_samples=64",
                "rackd dsp stream: the reader of the processed audio closed the pipe after 10 blocks");
    }

    @Test
    void aFullStdoutIsOneLineNotATrace() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.canWrite(), "/dev/full is there to write to");
        Process p = stream().redirectOutput(full).start();
        try (OutputStream toChild = p.getOutputStream()) {
            toChild.write(new byte[BLOCK * 4 * 4]);
        }
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines()).containsExactly("latency_samples=64",
                "rackd dsp stream: cannot write the processed audio: No space left on device");
    }

    private static ProcessBuilder stream() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DspMain.class.getName(),
                "stream", "--rate", String.valueOf(RATE), "--block", String.valueOf(BLOCK));
    }

    private Loop closeTheLoop(String mode, double seconds) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DspMain.class.getName(),
                "stream", "--rate", String.valueOf(RATE), "--block", String.valueOf(BLOCK), "--mode", mode).start();
        List<String> err = new CopyOnWriteArrayList<>();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(err::add);
            } catch (java.io.IOException ignored) {
                // the child is gone; what was read is what it said
            }
        });
        OutputStream toChild = p.getOutputStream();
        InputStream fromChild = p.getInputStream();
        Random noise = new Random(3);
        Resonator room = new Resonator(ROOM_HZ, 0.998);
        float[] in = new float[BLOCK];
        float[] out = new float[BLOCK];
        byte[] bytes = new byte[BLOCK * 4];
        int blocks = (int) (seconds * RATE / BLOCK);
        int tail = RATE / 2 / BLOCK;
        double tailPower = 0;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < BLOCK; i++) {
                in[i] = (float) (0.002 * noise.nextGaussian() + 1.15 * room.next(out[i]));
            }
            SampleFormat.FLOAT32.encode(in, 0, bytes, 0, BLOCK);
            toChild.write(bytes);
            toChild.flush();
            assertThat(fromChild.readNBytes(bytes, 0, bytes.length)).as("bytes back for block " + b)
                    .isEqualTo(bytes.length);
            SampleFormat.FLOAT32.decode(bytes, 0, out, 0, BLOCK);
            if (b >= blocks - tail) {
                for (float v : out) {
                    tailPower += v * v;
                }
            }
        }
        toChild.close();
        int extra = fromChild.readAllBytes().length;
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        errReader.join(5000);
        return new Loop(p.exitValue(), err, 10 * Math.log10(tailPower / (tail * BLOCK) + 1e-30), extra);
    }

    /** A two-pole band-pass of unity gain at its centre: a room's strongest mode between speaker and mic. */
    static final class Resonator {
        private final double b0;
        private final double a1;
        private final double a2;
        private double x1;
        private double x2;
        private double y1;
        private double y2;

        Resonator(double hz, double r) {
            b0 = (1 - r * r) / 2;
            a1 = 2 * r * Math.cos(2 * Math.PI * hz / RATE);
            a2 = -r * r;
        }

        double next(double x) {
            double y = b0 * (x - x2) + a1 * y1 + a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
