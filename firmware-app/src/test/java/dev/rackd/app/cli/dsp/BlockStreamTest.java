package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.SampleFormat;
import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlockStreamTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 64;

    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private String[] run(ChainBank bank, byte[] input) throws Exception {
        new BlockStream(bank, BLOCK).run(new ByteArrayInputStream(input), audio,
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        return errBytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    private static ChainBank transparent(int channels) {
        return new ChainBank(ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF).withoutLimiter(), channels);
    }

    private static byte[] floats(float[] s) {
        byte[] b = new byte[s.length * 4];
        SampleFormat.FLOAT32.encode(s, 0, b, 0, s.length);
        return b;
    }

    private static float[] samples(byte[] b) {
        float[] s = new float[b.length / 4];
        SampleFormat.FLOAT32.decode(b, 0, s, 0, s.length);
        return s;
    }

    @Test
    void everyBlockInGivesOneBlockOutDelayedByTheReportedLatency() throws Exception {
        ChainBank bank = transparent(2);
        float[] in = WavFiles.sine(RATE, 2, 0.2, 440, 0.5);
        in = java.util.Arrays.copyOf(in, in.length / (2 * BLOCK) * 2 * BLOCK);

        String[] err = run(bank, floats(in));

        float[] out = samples(audio.toByteArray());
        assertThat(out).hasSize(in.length);
        assertThat(err[0]).isEqualTo("latency_samples=" + bank.latencySamples());
        int lag = bank.latencySamples() * 2;
        assertThat(bank.latencySamples()).isPositive();
        for (int i = lag; i < in.length; i++) {
            assertThat(out[i]).isEqualTo(in[i - lag]);
        }
    }

    @Test
    void aLastBlockCutShortGivesBackOnlyItsWholeFramesAndSaysWhatWasDropped() throws Exception {
        float[] in = new float[BLOCK * 2 + BLOCK / 2];
        java.util.Arrays.fill(in, 0.1f);
        byte[] bytes = java.util.Arrays.copyOf(floats(in), in.length * 4 + 3);

        String[] err = run(transparent(1), bytes);

        assertThat(audio.size()).isEqualTo(in.length * 4);
        assertThat(err[err.length - 1]).isEqualTo("{\"event\":\"partial_frame_dropped\",\"bytes\":3}");
    }

    @Test
    void nanAndHugeValuesOnThePipeGoInAsSilenceAreToldAndDoNotPoisonTheChain() throws Exception {
        ChainBank bank = new ChainBank(ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF), 1);
        float[] in = WavFiles.sine(RATE, 1, 0.5, 1000, 0.3);
        in[100] = Float.NaN;
        in[101] = Float.POSITIVE_INFINITY;
        in[102] = 1e30f;
        in[103] = -70000f;
        in[104] = 65536f; // +96.3 dBFS exactly: still taken as audio

        String[] err = run(bank, floats(java.util.Arrays.copyOf(in, in.length / BLOCK * BLOCK)));

        assertThat(err).contains("{\"event\":\"non_finite_input\",\"samples\":2}",
                "{\"event\":\"out_of_range_input\",\"samples\":2}");
        float[] out = samples(audio.toByteArray());
        for (float v : out) {
            assertThat(Float.isFinite(v)).isTrue();
        }
        assertThat(WavFiles.peak(out, out.length - RATE / 10, out.length)).isGreaterThan(0.25);
    }

    @Test
    void aStuckNanSourceIsSaidAtOnceThenOnceASecondAndTheLinesAddUpToEverySample() throws Exception {
        int blocks = 3 * RATE / BLOCK + 100; // 3.13 s of blocks, every sample NaN
        float[] in = new float[blocks * BLOCK];
        java.util.Arrays.fill(in, Float.NaN);
        long blockNanos = (1_000_000_000L * BLOCK + RATE - 1) / RATE; // a hair over 1.333 ms: 750 make a second
        long[] now = {0};
        new BlockStream(transparent(1), BLOCK, () -> now[0] += blockNanos).run(new ByteArrayInputStream(floats(in)),
                audio, new PrintStream(errBytes, true, StandardCharsets.UTF_8));

        String[] err = errBytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(err).hasSize(1 + 5);
        assertThat(err[1]).as("the first block's, at once")
                .isEqualTo("{\"event\":\"non_finite_input\",\"samples\":64}");
        assertThat(err[2]).as("a second later: the 750 blocks since")
                .isEqualTo("{\"event\":\"non_finite_input\",\"samples\":" + 750 * BLOCK + "}");
        long total = 0;
        for (int i = 1; i < err.length; i++) {
            assertThat(err[i]).matches("\\{\"event\":\"non_finite_input\",\"samples\":\\d+}");
            total += Long.parseLong(err[i].replaceAll("\\D", ""));
        }
        assertThat(total).as("the rest said at the end").isEqualTo(in.length);
        assertThat(samples(audio.toByteArray())).containsOnly(0f);
    }

    @Test
    void noInputAtAllEndsCleanlyWithNothingWritten() throws Exception {
        String[] err = run(transparent(1), new byte[0]);
        assertThat(audio.size()).isZero();
        assertThat(err).hasSize(1);
    }
}
