package dev.rackd.rig.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Java Sound path (ALSA through the JDK's DirectAudio mixer, capture line, engine, chains, playback line)
 * on a sound card made of files: what goes into IN.raw must come out of OUT.raw processed, in order, in time.
 */
@Timeout(120)
class AlsaFilePathTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 64;
    private static final int PREFILL_BLOCKS = 2;
    private static final double LIMIT_DBTP = -6;
    private static final Pattern SAMPLE = Pattern.compile("\"sample\":(\\d+)");

    @TempDir
    Path home;

    record Run(int exit, List<String> lines) {
        int latency() {
            return Integer.parseInt(lines.get(0).substring("latency_samples=".length()));
        }
    }

    @Test
    void aHotSignalIsLimitedAHowlIsNotchedAndQuietAudioPassesUntouched() throws Exception {
        AlsaFileCard card = AlsaFileCard.in(home);
        int frames = (int) (3.5 * RATE);
        float[] in = programme(frames);
        card.plugIn(in, RawPcm.S24_3LE);

        Run run = runEngine(card, frames / BLOCK + 20, "s24", "live", (line, child) -> { });

        assertThat(run.exit()).as(String.join("\n", run.lines())).isZero();
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("state online 'default'")
                .endsWith("48000 Hz, 2 ch, 24-bit PCM"));
        float[] out = card.played(RawPcm.S24_3LE);
        int lag = PREFILL_BLOCKS * BLOCK + run.latency();
        assertThat(out.length / 2).isGreaterThanOrEqualTo(lag + frames);
        for (int f = 0; f < lag; f++) {
            assertThat(out[2 * f]).as("silence queued before the first block, frame %d", f).isZero();
        }
        // quiet noise on channel 1: bit for bit, one lag later (no notch, the limiter idle)
        float[] sent = RawPcm.S24_3LE.decode(RawPcm.S24_3LE.encode(in));
        for (int f = 0; f < RATE / 2 - 1000; f++) {
            assertThat(out[2 * (f + lag)]).as("channel 1 frame %d", f).isEqualTo(sent[2 * f]);
        }
        // the hot part: nothing above the threshold (24-bit rounding aside)
        double limit = Math.pow(10, LIMIT_DBTP / 20) + 1.0 / (1 << 23);
        assertThat(peak(out, 0, lag, frames)).isLessThanOrEqualTo(limit).isGreaterThan(limit * 0.7);
        assertThat(peak(in, 0, 0, frames)).isGreaterThan(0.9);
        // the howl on channel 2: caught, and 10 dB down over the last half second
        int lastHalf = frames - RATE / 2;
        assertThat(rmsDb(out, 1, lag + lastHalf, lag + frames)).isLessThan(rmsDb(in, 1, lastHalf, frames) - 10);
        // events while IN.raw lasted (after its end the plugin repeats stale buffers, a tone of its own)
        List<String> events = run.lines().stream().filter(l -> l.startsWith("{") && sample(l) < frames).toList();
        assertThat(events).anySatisfy(l -> assertThat(l).startsWith("{\"event\":\"notch_placed\",\"channel\":1,")
                .containsPattern("\"hz\":2[45]\\d\\d\\.\\d"));
        assertThat(events).noneSatisfy(l -> assertThat(l).contains("notch_placed\",\"channel\":0,"));
    }

    @Test
    void aCardPulledOutIsReportedRetriedAndUsedAgainOnceItIsBack() throws Exception {
        AlsaFileCard card = AlsaFileCard.in(home);
        card.plugIn(noise(RATE, 1), RawPcm.S16_LE);
        float[] after = noise(RATE / 2, 2);
        List<String> sent = new CopyOnWriteArrayList<>();

        Run run = runEngine(card, after.length / BLOCK + 20, "s16", "off", (line, child) -> {
            if (line.startsWith("state online") && sent.isEmpty()) {
                card.unplug();
                child.println("unplug");
                child.flush();
                sent.add("unplug");
            } else if (line.startsWith("state offline cannot open") && sent.size() == 1) {
                card.plugIn(after, RawPcm.S16_LE);
                sent.add("plug");
            }
        });

        assertThat(run.exit()).as(String.join("\n", run.lines())).isZero();
        assertThat(sent).containsExactly("unplug", "plug");
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).matches(
                "state offline (capture gave|playback took) 0 of 128 bytes after \\d+ blocks; retrying"));
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith(
                "state offline cannot open the audio device: input device 'default' would not open"));
        assertThat(run.lines()).filteredOn(l -> l.startsWith("state online")).hasSize(2);
        // the output file starts again at the reopen: silence, then what was captured after the replug
        float[] out = card.played(RawPcm.S16_LE);
        int lag = PREFILL_BLOCKS * BLOCK + run.latency();
        float[] expected = RawPcm.S16_LE.decode(RawPcm.S16_LE.encode(after));
        for (int f = 0; f < after.length; f++) {
            assertThat(out[f + lag]).as("frame %d", f).isEqualTo(expected[f]);
        }
    }

    private static float[] noise(int frames, long seed) {
        Random random = new Random(seed);
        float[] s = new float[frames];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.05 * random.nextGaussian());
        }
        return s;
    }

    /** Channel 1: 0.5 s of quiet noise, then hot, clipped noise. Channel 2: a howl growing 40 dB/s to -10 dBFS. */
    private static float[] programme(int frames) {
        Random noise = new Random(11);
        float[] s = new float[frames * 2];
        for (int f = 0; f < frames; f++) {
            double g = noise.nextGaussian();
            s[2 * f] = (float) (f < RATE / 2 ? Math.max(-0.3, Math.min(0.3, 0.05 * g))
                    : Math.max(-1, Math.min(1, 0.4 * g)));
            double db = Math.min(-10, -60 + 40.0 * f / RATE);
            s[2 * f + 1] = (float) (Math.pow(10, db / 20) * Math.sin(2 * Math.PI * 2500 * f / RATE)
                    + 0.001 * noise.nextGaussian());
        }
        return s;
    }

    /** What the test does when the child reports a line: it may write to the child's stdin. */
    @FunctionalInterface
    interface OnLine {
        void accept(String line, PrintWriter child) throws Exception;
    }

    private Run runEngine(AlsaFileCard card, int blocks, String format, String mode, OnLine onLine)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EngineChild.class.getName(), String.valueOf(blocks), String.valueOf(RATE), String.valueOf(BLOCK),
                format.equals("s16") ? "1" : "2", format, mode, String.valueOf(LIMIT_DBTP), "60")
                .redirectErrorStream(true);
        pb.environment().putAll(card.environment());
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter child = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                onLine.accept(line, child);
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), lines);
    }

    private static long sample(String eventJson) {
        Matcher m = SAMPLE.matcher(eventJson);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private static double peak(float[] s, int channel, int fromFrame, int frames) {
        double p = 0;
        for (int f = fromFrame; f < fromFrame + frames; f++) {
            p = Math.max(p, Math.abs(s[2 * f + channel]));
        }
        return p;
    }

    private static double rmsDb(float[] s, int channel, int fromFrame, int toFrame) {
        double sum = 0;
        for (int f = fromFrame; f < toFrame; f++) {
            sum += (double) s[2 * f + channel] * s[2 * f + channel];
        }
        return 10 * Math.log10(sum / (toFrame - fromFrame));
    }
}
