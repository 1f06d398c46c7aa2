package dev.rackd.dsp.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruePeakLimiterTest {
    private static final int SECONDS_2 = 96000;

    static Map<String, float[]> hardMaterial() {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("full-scale sine at fs/4, 45 degrees", HardMaterial.fullScaleSine(12000, Math.PI / 4, SECONDS_2));
        m.put("full-scale sine just under fs/4", HardMaterial.fullScaleSine(11990, 0.3, SECONDS_2));
        m.put("full-scale sine at fs/4.35", HardMaterial.fullScaleSine(11025, 0.0, SECONDS_2));
        m.put("near-Nyquist tone pair", HardMaterial.tonePair(23500, 23900, SECONDS_2));
        m.put("near-Nyquist tone pair, closer", HardMaterial.tonePair(21000, 21100, SECONDS_2));
        m.put("log sweep 20 Hz to 23.9 kHz", HardMaterial.logSweep(20, 23900, 2 * SECONDS_2));
        m.put("clipped drums", HardMaterial.clippedDrums(7, SECONDS_2));
        m.put("Nyquist bursts", HardMaterial.nyquistBursts(SECONDS_2));
        m.put("loud noise", HardMaterial.noise(3, 0.7, SECONDS_2));
        return m;
    }

    @Test
    void hardMaterialNeverCrossesTheThresholdAndTruePeakStaysWithinATenthOfADb() {
        for (double threshold : new double[] {-0.1, -1.0, -6.0, -20.0}) {
            for (Map.Entry<String, float[]> e : hardMaterial().entrySet()) {
                float[] in = e.getValue();
                assertThat(TruePeakMeter.measureDb(in)).as(e.getKey()).isGreaterThan(threshold);
                for (int block : new int[] {64, 1, 37}) {
                    float[] out = HardMaterial.limit(in, threshold, block);
                    String what = e.getKey() + " at " + threshold + " dBTP in blocks of " + block;
                    assertThat(samplesAbove(out, threshold)).as(what).isZero();
                    assertThat(TruePeakMeter.measureDb(out)).as(what).isLessThanOrEqualTo(threshold + 0.1);
                }
            }
        }
    }

    @Test
    void materialBelowTheThresholdPassesUntouchedAfterTheLatency() {
        float[] in = HardMaterial.noise(11, 0.05, 20000);
        float[] out = HardMaterial.limit(in, -1.0, 64);
        assertThat(out).containsExactly(in);
    }

    @Test
    void latencyIsSixtyFourSamplesAt48kHzAndAnImpulseComesOutThatLate() {
        TruePeakLimiter limiter = new TruePeakLimiter(48000, TruePeakLimiter.defaultLookahead(48000), 50, -1);
        assertThat(limiter.latencySamples()).isEqualTo(64);
        assertThat(64 / 48000.0).isLessThanOrEqualTo(0.0015);
        double[] buf = new double[256];
        buf[10] = 0.5;
        limiter.process(buf, 0, buf.length);
        for (int i = 0; i < buf.length; i++) {
            assertThat(buf[i]).as("sample " + i).isEqualTo(i == 74 ? 0.5 : 0.0);
        }
    }

    @Test
    void lookaheadIsAtMostOneAndAHalfMillisecondsAtEveryRateAndStillHolds() {
        for (int rate : new int[] {8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 176400, 192000}) {
            TruePeakLimiter limiter = new TruePeakLimiter(rate, TruePeakLimiter.defaultLookahead(rate), 50, -6);
            assertThat(limiter.latencySamples() / (double) rate).as("%d Hz", rate).isLessThanOrEqualTo(0.0015);
            double t = Math.pow(10, -6 / 20.0);
            double[] buf = new double[64];
            for (int block = 0; block < 200; block++) {
                for (int i = 0; i < 64; i++) {
                    int n = block * 64 + i;
                    // full scale, near a quarter of the rate, bursts switching on without warning
                    buf[i] = (n / 777) % 2 == 0 ? 0.99 * Math.sin(Math.PI / 2.1 * n) : 0.0;
                }
                limiter.process(buf, 0, 64);
                for (double v : buf) {
                    assertThat(Math.abs(v)).as("%d Hz", rate).isLessThanOrEqualTo(t);
                }
            }
        }
    }

    @Test
    void gainReturnsSmoothlyAfterABurst() {
        int frames = 48000;
        float[] in = new float[frames];
        for (int i = 0; i < frames; i++) {
            double level = i >= 4800 && i < 9600 ? 1.0 : 0.1;
            in[i] = (float) (level * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
        }
        float[] out = HardMaterial.limit(in, -12, 64);
        // gain seen through the peaks of each 1 kHz cycle (48 samples)
        double previous = Double.NaN;
        double largestRise = 0;
        double reached = 0;
        for (int cycle = 9600 / 48 + 1; cycle < frames / 48; cycle++) {
            double peakIn = 0;
            double peakOut = 0;
            for (int i = cycle * 48; i < cycle * 48 + 48; i++) {
                peakIn = Math.max(peakIn, Math.abs(in[i]));
                peakOut = Math.max(peakOut, Math.abs(out[i]));
            }
            double gainDb = 20 * Math.log10(peakOut / peakIn);
            if (!Double.isNaN(previous)) {
                assertThat(gainDb).as("gain never falls back during the release").isGreaterThanOrEqualTo(previous - 1e-3);
                largestRise = Math.max(largestRise, gainDb - previous);
            }
            previous = gainDb;
            reached = gainDb;
        }
        assertThat(largestRise).as("no step larger than 0.6 dB per millisecond").isLessThan(0.6);
        assertThat(reached).as("back to unity within the second").isGreaterThan(-0.05);
    }

    @Test
    void loweringTheThresholdHoldsFromTheNextSampleAndTurningItOffPassesEverything() {
        TruePeakLimiter limiter = new TruePeakLimiter(48000, 64, 50, Double.POSITIVE_INFINITY);
        double[] buf = new double[64];
        int over = 0;
        double t = Math.pow(10, -6 / 20.0);
        for (int block = 0; block < 100; block++) {
            for (int i = 0; i < 64; i++) {
                buf[i] = 0.95 * Math.sin(0.05 * (block * 64 + i));
            }
            if (block == 50) {
                limiter.setThresholdDbtp(-6);
            }
            limiter.process(buf, 0, 64);
            for (double v : buf) {
                if (block >= 50 && Math.abs(v) > t) {
                    over++;
                }
            }
            if (block == 40) {
                assertThat(max(buf)).as("off: nothing limited").isGreaterThan(0.9);
            }
        }
        assertThat(over).isZero();
    }

    @Test
    void loweringTheThresholdLeavesProgrammeUnderItAloneAndHoldsWhatIsOver() {
        // a trim mid-show: -20 dBFS programme must not dip when the limiter goes from 0 to -3 dBTP
        TruePeakLimiter quiet = new TruePeakLimiter(48000, 64, 50, 0);
        // a loud one must be under the new threshold from the next sample out, whatever it was before
        TruePeakLimiter loud = new TruePeakLimiter(48000, 64, 50, -1);
        double[] q = new double[64];
        double[] l = new double[64];
        double smallestQuietGain = 1.0;
        int over = 0;
        double t = Math.pow(10, -6 / 20.0);
        for (int block = 0; block < 100; block++) {
            for (int i = 0; i < 64; i++) {
                q[i] = 0.1 * Math.sin(0.05 * (block * 64 + i));
                l[i] = 0.95 * Math.sin(0.05 * (block * 64 + i));
            }
            if (block == 50) {
                quiet.setThresholdDbtp(-3);
                loud.setThresholdDbtp(-6);
            }
            quiet.process(q, 0, 64);
            loud.process(l, 0, 64);
            smallestQuietGain = Math.min(smallestQuietGain, quiet.blockMinGain());
            for (double v : l) {
                if (block >= 50 && Math.abs(v) > t) {
                    over++;
                }
            }
        }
        assertThat(smallestQuietGain).as("programme 17 dB under the new threshold keeps unity gain").isEqualTo(1.0);
        assertThat(over).isZero();
    }

    private static double max(double[] buf) {
        double m = 0;
        for (double v : buf) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static int samplesAbove(float[] out, double thresholdDb) {
        double t = Math.pow(10, thresholdDb / 20);
        int n = 0;
        for (float v : out) {
            if (Math.abs(v) > t) {
                n++;
            }
        }
        return n;
    }
}
