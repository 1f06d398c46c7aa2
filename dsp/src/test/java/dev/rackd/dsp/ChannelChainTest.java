package dev.rackd.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelChainTest {
    private static final double RATE = ChainHarness.RATE;

    @Test
    void aHowlGetsALiveNotchThatDeepensWhileItGoesOn() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE));
        h.run(ChainHarness.growingTone(2345.6, 2.0, 1));
        List<DspEvent> placed = h.of(DspEventType.NOTCH_PLACED);
        assertThat(placed).hasSize(1);
        DspEvent first = placed.get(0);
        assertThat(first.hz()).isCloseTo(2345.6, within(1.0));
        assertThat(first.depthDb()).isEqualTo(-6.0);
        assertThat(first.widthOct()).isEqualTo(0.1);
        assertThat(first.fixed()).isFalse();
        // an open-loop test tone does not go away when notched, so the notch is deepened to the limit
        assertThat(h.of(DspEventType.NOTCH_DEEPENED)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.depthDb()).isBetween(-18.0, -9.0));
        assertThat(h.chain.notches()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotchKind.LIVE);
            assertThat(n.depthDb()).isEqualTo(-18.0);
        });
    }

    @Test
    void afterFeedbackModeWasOffNotchEventsKeepTheChannelsClock() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE));
        h.chain.setMode(FeedbackMode.OFF);
        h.run(ChainHarness.growingTone(1800.0, 2.0, 11));
        assertThat(h.of(DspEventType.NOTCH_PLACED)).as("off: nothing placed").isEmpty();
        h.chain.setMode(FeedbackMode.LIVE);
        // a howl already ringing when the engineer turns suppression back on; the loud tone from before the switch
        // is not in the analysis either (it starts from silence, as after a gap)
        h.run(ChainHarness.growingTone(2750.0, 1.5, 12));
        List<DspEvent> placed = h.of(DspEventType.NOTCH_PLACED);
        assertThat(placed).singleElement().satisfies(e -> {
            assertThat(e.hz()).isCloseTo(2750.0, within(1.0));
            assertThat(e.sample()).as("the 2 s in off mode are on the clock").isBetween((long) (2.0 * RATE),
                    (long) (3.5 * RATE));
        });
        // and the notch's hold runs on that clock too: it is not lifted early
        assertThat(h.of(DspEventType.NOTCH_LIFTED)).isEmpty();
    }

    @Test
    void ringOutMakesFixedNotchesThatExportAndLoadBackTheSame() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withMode(FeedbackMode.RINGOUT));
        h.run(ChainHarness.concat(ChainHarness.growingTone(531.0, 1.5, 2), ChainHarness.noise(0.3, 0.001, 3),
                ChainHarness.growingTone(3150.0, 1.5, 4)));
        List<FixedNotch> saved = h.chain.fixedNotches();
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).frequencyHz()).isCloseTo(531.0, within(1.0));
        assertThat(saved.get(1).frequencyHz()).isCloseTo(3150.0, within(1.0));
        assertThat(h.of(DspEventType.NOTCH_PLACED)).allSatisfy(e -> assertThat(e.fixed()).isTrue());

        ChainHarness restored = new ChainHarness(ChainSettings.defaults(RATE));
        restored.chain.loadFixedNotches(saved);
        restored.run(ChainHarness.noise(0.1, 0.001, 5));
        assertThat(restored.chain.fixedNotches()).isEqualTo(saved);
        assertThat(restored.chain.notches()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NotchKind.FIXED));
    }

    @Test
    void fixedNotchesHoldOnlyWhatANotchCanBe() {
        assertThatThrownBy(() -> new FixedNotch(-5, -6, 0.1)).hasMessageContaining("frequency");
        assertThatThrownBy(() -> new FixedNotch(Double.NaN, -6, 0.1)).hasMessageContaining("frequency");
        assertThatThrownBy(() -> new FixedNotch(1000, 3, 0.1)).hasMessageContaining("depth");
        assertThatThrownBy(() -> new FixedNotch(1000, -6, 0.5)).hasMessageContaining("width");
        assertThatThrownBy(() -> new FixedNotch(1000, -6, 1 / 100.0)).hasMessageContaining("width");
    }

    @Test
    void aLiveNotchIsLiftedInStepsOnceItsHowlHasGoneAndThenRemoved() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withLiveTiming(0.5, 0.2));
        h.run(ChainHarness.concat(ChainHarness.growingTone(1000, 1.2, 6), ChainHarness.noise(6.0, 0.001, 7)));
        assertThat(h.of(DspEventType.NOTCH_PLACED)).hasSize(1);
        List<DspEvent> lifted = h.of(DspEventType.NOTCH_LIFTED);
        assertThat(lifted).isNotEmpty();
        for (int i = 1; i < lifted.size(); i++) {
            assertThat(lifted.get(i).depthDb()).isGreaterThan(lifted.get(i - 1).depthDb());
        }
        assertThat(h.of(DspEventType.NOTCH_REMOVED)).hasSize(1);
        assertThat(h.chain.notches()).isEmpty();
    }

    @Test
    void whenThePoolIsFullTheOldestLiveNotchMakesRoom() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withMaxNotches(2));
        h.run(ChainHarness.concat(ChainHarness.growingTone(500, 1.2, 8), ChainHarness.growingTone(1500, 1.2, 9),
                ChainHarness.growingTone(4500, 1.2, 10)));
        assertThat(h.of(DspEventType.NOTCH_PLACED)).extracting(DspEvent::hz)
                .satisfiesExactly(f -> assertThat(f).isCloseTo(500, within(1.0)),
                        f -> assertThat(f).isCloseTo(1500, within(1.0)),
                        f -> assertThat(f).isCloseTo(4500, within(1.0)));
        assertThat(h.of(DspEventType.NOTCH_REMOVED)).singleElement()
                .satisfies(e -> assertThat(e.hz()).isCloseTo(500, within(1.0)));
        assertThat(h.chain.notches()).extracting(Notch::frequencyHz).hasSize(2)
                .noneSatisfy(f -> assertThat(f).isCloseTo(500, within(1.0)));
    }

    @Test
    void afterARestartNothingOfTheOldSignalComesOutAndTheNotchesStay() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withMaxNotches(4));
        h.run(ChainHarness.concat(ChainHarness.growingTone(1500, 1.2, 31), ChainHarness.noise(0.3, 0.9, 32)));
        int notches = h.chain.notches().size();
        assertThat(notches).as("the howl got its notch").isPositive();

        h.chain.restart();
        float[] silence = new float[4096];
        float[] out = h.run(silence);
        assertThat(out).as("no lookahead, no ringing from before the gap").containsOnly(0f);
        assertThat(h.chain.notches()).hasSize(notches);

        int placed = h.of(DspEventType.NOTCH_PLACED).size();
        h.run(ChainHarness.growingTone(3100, 1.2, 33));
        assertThat(h.of(DspEventType.NOTCH_PLACED)).as("the detector listens again").hasSizeGreaterThan(placed);
    }

    @Test
    void offPassesTheSignalThroughDelayedByTheLatencyOnly() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF).withoutLimiter());
        float[] in = ChainHarness.concat(ChainHarness.growingTone(700, 1.5, 11), ChainHarness.noise(0.2, 0.9, 12));
        float[] out = h.run(in);
        int latency = h.chain.latencySamples();
        assertThat(latency).isEqualTo(64);
        for (int i = latency; i < out.length; i++) {
            assertThat(out[i]).isEqualTo(in[i - latency]);
        }
        assertThat(h.of(DspEventType.NOTCH_PLACED)).isEmpty();
    }

    @Test
    void loudInputIsLimitedReportedAndMetered() {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withLimiterDbtp(-6));
        float[] in = ChainHarness.concat(ChainHarness.noise(0.5, 0.5, 13), ChainHarness.noise(1.0, 0.001, 14));
        float[] out = h.run(in);
        double threshold = Math.pow(10, -6 / 20.0);
        for (float v : out) {
            assertThat((double) Math.abs(v)).isLessThanOrEqualTo(threshold);
        }
        assertThat(h.of(DspEventType.LIMITER_ACTIVE)).hasSize(1);
        assertThat(h.of(DspEventType.LIMITER_RELEASED)).hasSize(1);
        assertThat(h.readings).hasSizeBetween(14, 16);
        MeterReading loud = h.readings.get(2);
        assertThat(loud.channel()).isZero();
        assertThat(loud.gainReductionDb()).isGreaterThan(3);
        assertThat(loud.truePeakDbtp()).isBetween(-6.5, -5.9);
        assertThat(loud.peakDbfs()).isLessThanOrEqualTo(-6.0);
        assertThat(h.readings.get(h.readings.size() - 1).gainReductionDb()).isCloseTo(0.0, within(1e-3));
    }

    @Test
    void controlsFromAnotherThreadApplyAtTheNextBlock() throws InterruptedException {
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE));
        h.run(ChainHarness.growingTone(800, 1.5, 15));
        assertThat(h.chain.notches()).hasSize(1);
        Thread t = Thread.ofPlatform().start(() -> {
            h.chain.setMode(FeedbackMode.OFF);
            h.chain.setLimiterThresholdDbtp(-3);
        });
        t.join();
        h.run(ChainHarness.noise(0.5, 0.001, 16));
        assertThat(h.chain.notches()).isEmpty();
        assertThat(h.of(DspEventType.NOTCH_REMOVED)).hasSize(1);
        assertThat(h.chain.limiterThresholdDbtp()).isEqualTo(-3.0);
        h.chain.clearFixedNotches();
        h.chain.loadFixedNotches(List.of(new FixedNotch(250, -9, 0.05)));
        h.run(ChainHarness.noise(0.1, 0.001, 17));
        assertThat(h.chain.fixedNotches()).containsExactly(new FixedNotch(250, -9, 0.05));
        h.chain.clearFixedNotches();
        h.run(ChainHarness.noise(0.1, 0.001, 18));
        assertThat(h.chain.fixedNotches()).isEmpty();
    }

    @Test
    void fixedNotchesClearedBeforeTheAudioRunsDoNotComeBackWithTheRestore() {
        // the card missing at boot: the restored set and the crew's clear both wait for the first block
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE));
        h.chain.loadFixedNotches(List.of(new FixedNotch(250, -9, 0.05)));
        h.chain.clearFixedNotches();
        h.run(ChainHarness.noise(0.1, 0.001, 22));
        assertThat(h.chain.fixedNotches()).isEmpty();
        assertThat(h.of(DspEventType.NOTCH_PLACED)).isEmpty();
    }

    @Test
    void aReaderThatFallsBehindLosesEventsButNeverBlocksTheAudio() {
        DspEvents small = new DspEvents(2);
        ChannelChain chain = new ChannelChain(3, ChainSettings.defaults(RATE).withMaxNotches(4), small, new MeterRing(2));
        float[] in = ChainHarness.concat(ChainHarness.growingTone(500, 1.2, 19), ChainHarness.growingTone(1500, 1.2, 20),
                ChainHarness.growingTone(4500, 1.2, 21));
        float[] out = new float[in.length];
        for (int at = 0; at + 64 <= in.length; at += 64) {
            chain.process(in, out, at, 64);
        }
        assertThat(small.dropped()).isPositive();
        assertThat(small.poll()).isNotNull().satisfies(e -> assertThat(e.channel()).isEqualTo(3));
        assertThat(small.discard()).isEqualTo(1);
        assertThat(small.poll()).isNull();
        assertThat(small.discard()).isZero();
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> ChainSettings.defaults(4000)).hasMessageContaining("sample rate");
        assertThatThrownBy(() -> ChainSettings.defaults(RATE).withMaxNotches(0)).hasMessageContaining("notches");
        assertThatThrownBy(() -> ChainSettings.defaults(RATE).withNotchWidthOct(0.5)).hasMessageContaining("width");
        assertThatThrownBy(() -> ChainSettings.defaults(RATE).withLimiterDbtp(3)).hasMessageContaining("limiter");
        assertThatThrownBy(() -> FeedbackMode.parse("loud")).hasMessageContaining("off, live or ringout");
        assertThat(FeedbackMode.parse(" RingOut ")).isEqualTo(FeedbackMode.RINGOUT);
    }

    @Test
    void aSampleThatIsNoNumberOrOutOfAllRangeIsPlayedAsSilenceAndTheChannelCarriesOn() {
        // a float WAV or the stream command can carry them; one must not leave the filters ringing NaN for good
        ChainHarness h = new ChainHarness(ChainSettings.defaults(RATE).withLimiterDbtp(-1));
        h.chain.loadFixedNotches(List.of(new FixedNotch(1000, -12, 0.1)));
        float[] in = ChainHarness.noise(1.0, 0.05, 7);
        in[4800] = Float.NaN;
        in[9600] = Float.POSITIVE_INFINITY;
        in[14400] = Float.NEGATIVE_INFINITY;
        in[19200] = Float.MAX_VALUE;
        in[24000] = -Float.MAX_VALUE;
        float[] out = h.run(in);
        for (int i = 0; i < out.length; i++) {
            assertThat(out[i]).as("sample %d", i).isFinite();
            assertThat(Math.abs(out[i])).as("sample %d", i).isLessThanOrEqualTo((float) Math.pow(10, -1 / 20.0));
        }
        double tail = 0;
        for (int i = out.length - 4800; i < out.length; i++) {
            tail += out[i] * out[i];
        }
        assertThat(Math.sqrt(tail / 4800)).as("the noise still comes through").isBetween(0.03, 0.06);
    }
}
