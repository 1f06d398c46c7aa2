package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AudioEngineTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 64;

    private Thread thread;
    private AudioEngine engine;
    private ChainBank bank;

    @AfterEach
    void stop() throws InterruptedException {
        if (engine != null) {
            engine.stop();
            thread.join(5000);
            assertThat(thread.isAlive()).as("audio thread ended").isFalse();
        }
    }

    private AudioEngine start(ChainSettings settings, int channels, FakePort port) {
        return start(settings, channels, port, 2);
    }

    private AudioEngine start(ChainSettings settings, int channels, FakePort port, int cushionBlocks) {
        EngineConfig config = EngineConfig.of(RATE, BLOCK, channels, cushionBlocks)
                .withRetry(Duration.ofMillis(20), Duration.ofMillis(80), Duration.ofSeconds(2));
        bank = new ChainBank(settings, channels);
        engine = new AudioEngine(port, bank, config);
        thread = Thread.ofPlatform().name("audio").start(engine);
        return engine;
    }

    private static ChainSettings transparent() {
        return ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF).withoutLimiter();
    }

    private static FakeLines.Signal sine(double hz, double amplitude) {
        return (frame, ch) -> (float) (amplitude * Math.sin(2 * Math.PI * hz * (ch + 1) * frame / RATE));
    }

    @Test
    void capturedAudioReachesPlaybackAfterTheCushionAndTheChainsLatency() {
        FakeLines lines = new FakeLines(SampleFormat.PCM16, 2, BLOCK, sine(440, 0.5), 20_000);
        lines.unplugAfterReads = 400;
        start(transparent(), 2, new FakePort(lines, null));

        await().until(() -> engine.counters().losses() == 1);

        float[] played = lines.played();
        int lag = (2 * BLOCK + bank.latencySamples()) * 2; // two blocks of silence queued first, then the lookahead
        assertThat(engine.counters().blocks()).isEqualTo(400);
        assertThat(WavPeak.of(played, 0, lag)).isZero();
        float[] expected = new float[played.length];
        for (int i = lag; i < played.length; i++) {
            int frame = (i - lag) / 2;
            expected[i] = Math.round(sine(440, 0.5).at(frame, (i - lag) % 2) * 32768) / 32768f;
        }
        assertThat(played).containsExactly(expected);
    }

    @Test
    void aLargerCushionDelaysPlaybackByItsBlocksAndNothingElse() {
        FakeLines lines = new FakeLines(SampleFormat.PCM16, 1, BLOCK, sine(440, 0.5), 20_000);
        lines.unplugAfterReads = 200;
        start(transparent(), 1, new FakePort(lines, null), 5);

        await().until(() -> engine.counters().losses() == 1);

        float[] played = lines.played();
        int lag = 5 * BLOCK + bank.latencySamples();
        assertThat(WavPeak.of(played, 0, lag)).isZero();
        float[] expected = new float[played.length];
        for (int i = lag; i < played.length; i++) {
            expected[i] = Math.round(sine(440, 0.5).at(i - lag, 0) * 32768) / 32768f;
        }
        assertThat(played).containsExactly(expected);
    }

    @Test
    void aHotInputIsLimitedOnItsWayToPlayback() {
        FakeLines lines = new FakeLines(SampleFormat.PCM24, 1, BLOCK, sine(997, 1.0), 48_000);
        lines.unplugAfterReads = 700;
        start(ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF).withLimiterDbtp(-6), 1,
                new FakePort(lines, null));

        await().until(() -> engine.counters().losses() == 1);

        assertThat(WavPeak.of(lines.played(), 0, lines.played().length))
                .isLessThanOrEqualTo(Math.pow(10, -6 / 20.0)).isGreaterThan(0.4);
    }

    @Test
    void anUnpluggedCardIsReportedRetriedWhileAbsentAndResumedWhenBack() {
        FakeLines first = new FakeLines(SampleFormat.PCM16, 1, BLOCK, sine(300, 0.1), 100);
        first.unplugAfterReads = 50;
        FakeLines back = new FakeLines(SampleFormat.PCM16, 1, BLOCK, sine(300, 0.1), 100);
        back.fastReads = 100;
        FakePort port = new FakePort(first, null, null, back);
        start(transparent(), 1, port);

        await().until(() -> engine.state().online() && engine.counters().losses() == 1 && port.opens() == 4);
        await().until(() -> engine.counters().blocks() > 150);

        assertThat(first.closed()).isTrue();
        assertThat(back.closed()).isFalse();
        assertThat(engine.state().detail()).isEqualTo("fake card, 1 ch, 16-bit PCM");
        assertThat(engine.state().sequence()).as("online, offline, offline, offline, online").isEqualTo(5);
        assertThat(port.asked).first().isEqualTo("48000/1/256");
    }

    @Test
    void whatTheCrewIsToldWhenTheCardGoes() {
        FakeLines first = new FakeLines(SampleFormat.PCM16, 1, BLOCK, sine(300, 0.1), 100);
        first.unplugAfterReads = 10;
        first.unplugWith = new IllegalArgumentException("Device not found: hw:1,0");
        start(transparent(), 1, new FakePort(first, null));

        await().until(() -> !engine.state().online() && engine.counters().losses() == 1);
        LineState lost = engine.state();
        assertThat(lost.detail()).isIn("audio device failed: Device not found: hw:1,0 after 10 blocks; retrying",
                "cannot open the audio device: no input device matching 'USB Audio'; present: none");
        await().until(() -> engine.state().detail().startsWith("cannot open"));
    }

    @Test
    void aShortReadIsALossWithTheBytesItGave() {
        FakeLines first = new FakeLines(SampleFormat.PCM24, 2, BLOCK, sine(300, 0.1), 100);
        first.unplugAfterReads = 3;
        start(transparent(), 2, new FakePort(first, null));

        await().until(() -> engine.counters().losses() == 1);
        assertThat(first.closed()).isTrue();
        await().until(() -> engine.counters().opens() >= 2);
        assertThat(engine.counters().blocks()).isEqualTo(3);
    }

    @Test
    void underrunsAndOverrunsAreCountedOncePerEpisode() {
        FakeLines lines = new FakeLines(SampleFormat.PCM16, 1, BLOCK, sine(300, 0.1), 100);
        lines.unplugAfterReads = 200;
        // playback ran dry before writes 10-12 (one episode) and 40 (another); capture full at reads 5 and 90-91
        lines.dryAtWrite = w -> w >= 10 && w <= 12 || w == 40;
        lines.fullAtRead = r -> r == 5 || r == 90 || r == 91;
        start(transparent(), 1, new FakePort(lines, null));

        await().until(() -> engine.counters().losses() == 1);

        assertThat(engine.counters().underruns()).isEqualTo(2);
        assertThat(engine.counters().overruns()).isEqualTo(2);
    }

    @Test
    void stopEndsTheThreadWhileItWaitsForAnAbsentCard() throws InterruptedException {
        start(transparent(), 1, new FakePort((FakeLines) null));
        await().until(() -> engine.counters().opens() >= 2);
        engine.stop();
        thread.join(1000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void theAudioThreadAllocatesNothingPerBlockOnceWarm() {
        FakeLines lines = new FakeLines(SampleFormat.PCM24, 2, BLOCK, sine(1000, 0.9), 10);
        start(ChainSettings.defaults(RATE).withLimiterDbtp(-10), 2, new FakePort(lines));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        await().until(() -> engine.counters().blocks() > 20_000);

        // The JIT's on-stack replacement of the block loop allocates a few hundred bytes once, whenever the compiler
        // gets to it; after that, windows of 10000 blocks must allocate nothing.
        long[] window = new long[12];
        int quiet = 0;
        for (int w = 0; w < window.length && quiet < 3; w++) {
            long before = threads.getThreadAllocatedBytes(thread.threadId());
            long blocksBefore = engine.counters().blocks();
            await().until(() -> engine.counters().blocks() > blocksBefore + 10_000);
            window[w] = threads.getThreadAllocatedBytes(thread.threadId()) - before;
            quiet = window[w] == 0 ? quiet + 1 : 0;
        }
        assertThat(quiet).as("bytes allocated per window of 10000 blocks: %s", Arrays.toString(window))
                .isEqualTo(3);
    }

    /** Peak helper local to these tests. */
    static final class WavPeak {
        static double of(float[] s, int from, int to) {
            double p = 0;
            for (int i = from; i < to; i++) {
                p = Math.max(p, Math.abs(s[i]));
            }
            return p;
        }
    }
}
