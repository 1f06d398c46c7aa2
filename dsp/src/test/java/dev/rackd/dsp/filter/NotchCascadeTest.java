package dev.rackd.dsp.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NotchCascadeTest {
    private static final double RATE = 48000;
    private static final int BLOCK = 64;

    @Test
    void aSineAtTheNotchComesOutAsDeepAsTheNotchAndOneAnOctaveAwayUntouched() {
        NotchCascade bank = new NotchCascade(RATE, 4, 256);
        bank.set(2, 1500, -12, 1 / 20.0);
        assertThat(steadyGainDb(bank, 1500)).isCloseTo(-12.0, within(0.05));
        assertThat(steadyGainDb(bank, 750)).isCloseTo(0.0, within(0.05));
    }

    @Test
    void twentyFourNotchesAtOnceEachCutAtItsOwnFrequency() {
        NotchCascade bank = new NotchCascade(RATE, 24, 64);
        for (int i = 0; i < 24; i++) {
            bank.set(i, 100 * Math.pow(2, i / 4.0), -9, 1 / 40.0);
        }
        assertThat(bank.activeCount()).isEqualTo(24);
        for (int i = 0; i < 24; i += 5) {
            double hz = 100 * Math.pow(2, i / 4.0);
            double measured = steadyGainDb(bank, hz);
            double[] acc = {1, 0};
            bank.multiplyResponse(hz, acc);
            double computed = 10 * Math.log10(acc[0] * acc[0] + acc[1] * acc[1]);
            assertThat(computed).as("%s Hz, neighbours' skirts included", hz).isCloseTo(-9.0, within(0.1));
            assertThat(measured).as("%s Hz measured", hz).isCloseTo(computed, within(0.02));
        }
    }

    @Test
    void placingAStageAtZeroDepthChangesNotOneBit() {
        NotchCascade bank = new NotchCascade(RATE, 3, 128);
        bank.set(0, 700, -10, 1 / 10.0);
        double[] a = sine(3000, 0.5, 0, 4096);
        double[] reference = a.clone();
        bank.process(a, 0, 2048);
        NotchCascade twin = new NotchCascade(RATE, 3, 128);
        twin.set(0, 700, -10, 1 / 10.0);
        twin.process(reference, 0, 2048);
        bank.set(1, 2000, 0, 1 / 10.0);
        for (int at = 2048; at < 4096; at += BLOCK) {
            bank.process(a, at, BLOCK);
            twin.process(reference, at, BLOCK);
        }
        assertThat(firstDifference(a, reference)).isEqualTo(-1);
    }

    @Test
    void deepeningGlidesWithoutAClick() {
        double glided = clickResidual(new NotchCascade(RATE, 1, 512));
        double switched = clickResidual(new NotchCascade(RATE, 1, 1));
        assertThat(glided).as("residual of a glide: below -68 dB of the tones").isLessThan(2e-4);
        assertThat(switched).as("the same change switched at once does click").isGreaterThan(10 * glided);
    }

    @Test
    void aLiftedStageFreesItselfOnceItsRingingHasDiedAway() {
        NotchCascade bank = new NotchCascade(RATE, 2, 256);
        bank.set(1, 440, -18, 1 / 40.0);
        double[] s = sine(440, 0.5, 0, 48000);
        int at = 0;
        for (; at < 9600; at += BLOCK) {
            bank.process(s, at, BLOCK);
            bank.settle();
        }
        bank.set(1, 440, 0, 1 / 40.0);
        while (bank.isActive(1) && at < 48000 - BLOCK) {
            bank.process(s, at, BLOCK);
            bank.settle();
            at += BLOCK;
        }
        assertThat(bank.isActive(1)).isFalse();
        assertThat(bank.activeCount()).isZero();
        double[] tail = sine(440, 0.5, 0, 48000);
        bank.process(s, at, 48000 - at);
        for (int i = at; i < 48000; i++) {
            assertThat(s[i]).isEqualTo(tail[i]);
        }
    }

    @Test
    void steadyStagesFollowTheTextbookDirectFormThroughGlidesAndOddBlocks() {
        // extremes included: a 1/80 octave notch at 20 Hz has its poles 1e-5 from the unit circle
        double[] hz = {20, 48, 100, 250, 440, 1000, 2513.4, 4000, 8000, 12000, 16000, 21000};
        double[] width = {1 / 80.0, 1 / 80.0, 1 / 40.0, 1 / 10.0, 1 / 5.0, 1 / 20.0, 1 / 10.0, 1 / 80.0, 1 / 5.0, 1 / 40.0,
            1 / 10.0, 1 / 80.0};
        double worst = compareWithReference(hz, width, false);
        assertThat(worst).as("largest difference from the reference, signal at 0.5").isLessThan(1e-9);
    }

    @Test
    void liftedAndReplacedStagesStillFollowTheTextbookDirectForm() {
        double[] hz = {63, 180, 700, 1500, 3150, 9000};
        double[] width = {1 / 40.0, 1 / 10.0, 1 / 20.0, 1 / 5.0, 1 / 80.0, 1 / 10.0};
        // a freed stage drops its last ringing below 1e-5 of the signal, which the reference keeps
        assertThat(compareWithReference(hz, width, true)).isLessThan(1e-4);
    }

    /**
     * Runs a bank and an independent per-sample reference (every stage always present, five coefficients gliding
     * linearly) on noise and tones in random block sizes while depths change at random; returns the largest
     * difference of their outputs.
     */
    private static double compareWithReference(double[] hz, double[] width, boolean lift) {
        int stages = hz.length;
        int ramp = 200;
        java.util.Random random = new java.util.Random(7);
        NotchCascade bank = new NotchCascade(RATE, stages, ramp);
        double[][] coef = new double[stages][5];
        double[][] step = new double[stages][5];
        double[][] target = new double[stages][5];
        int[] left = new int[stages];
        double[][] hist = new double[stages][4];
        for (int k = 0; k < stages; k++) {
            NotchDesign.design(RATE, hz[k], 0.0, width[k], coef[k]);
        }
        int frames = 96000;
        double[] in = new double[frames];
        for (int i = 0; i < frames; i++) {
            in[i] = 0.1 * random.nextGaussian() + 0.2 * Math.sin(2 * Math.PI * 440 * i / RATE)
                    + 0.1 * Math.sin(2 * Math.PI * 21 * i / RATE) + 0.05;
        }
        double[] out = in.clone();
        double worst = 0;
        int at = 0;
        while (at < frames) {
            if (random.nextInt(4) == 0) {
                int k = random.nextInt(stages);
                double depth = lift && random.nextInt(3) == 0 ? 0.0 : -3.0 * (1 + random.nextInt(8));
                if (depth < 0 || bank.isActive(k)) {
                    bank.set(k, hz[k], depth, width[k]);
                    NotchDesign.design(RATE, hz[k], depth, width[k], target[k]);
                    for (int c = 0; c < 5; c++) {
                        step[k][c] = (target[k][c] - coef[k][c]) / ramp;
                    }
                    left[k] = ramp;
                }
            }
            int n = Math.min(frames - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 200));
            bank.process(out, at, n);
            bank.settle();
            for (int i = at; i < at + n; i++) {
                double x = in[i];
                for (int k = 0; k < stages; k++) {
                    if (left[k] > 0) {
                        for (int c = 0; c < 5; c++) {
                            coef[k][c] += step[k][c];
                        }
                        if (--left[k] == 0) {
                            System.arraycopy(target[k], 0, coef[k], 0, 5);
                        }
                    }
                    double[] b = coef[k];
                    double[] h = hist[k];
                    double y = b[0] * x + b[1] * h[0] + b[2] * h[1] - b[3] * h[2] - b[4] * h[3];
                    h[1] = h[0];
                    h[0] = x;
                    h[3] = h[2];
                    h[2] = y;
                    x = y;
                }
                worst = Math.max(worst, Math.abs(out[i] - x));
            }
            at += n;
        }
        return worst;
    }

    /**
     * Largest residual of a two-tone predictor while a notch on one of the tones deepens from -3 to -24 dB. The
     * predictor cancels any pair of steady tones at 1 kHz and 2.5 kHz exactly, and a slow change of their levels
     * nearly so; a click is broadband and goes straight through.
     */
    private static double clickResidual(NotchCascade bank) {
        double[] s = sine(1000, 0.5, 0, 24064);
        double[] other = sine(2500, 0.5, 1, 24064);
        for (int i = 0; i < s.length; i++) {
            s[i] += other[i];
        }
        bank.set(0, 1000, -3, 1 / 5.0);
        for (int at = 0; at < 12032; at += BLOCK) {
            bank.process(s, at, BLOCK);
        }
        bank.set(0, 1000, -24, 1 / 5.0);
        for (int at = 12032; at < 24064; at += BLOCK) {
            bank.process(s, at, BLOCK);
        }
        double c1 = 2 * Math.cos(2 * Math.PI * 1000 / RATE);
        double c2 = 2 * Math.cos(2 * Math.PI * 2500 / RATE);
        double worst = 0;
        for (int n = 11000; n < 14000; n++) {
            double e0 = s[n] - c1 * s[n - 1] + s[n - 2];
            double e1 = s[n - 1] - c1 * s[n - 2] + s[n - 3];
            double e2 = s[n - 2] - c1 * s[n - 3] + s[n - 4];
            worst = Math.max(worst, Math.abs(e0 - c2 * e1 + e2));
        }
        return worst;
    }

    private static int firstDifference(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Double.compare(a[i], b[i]) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static double steadyGainDb(NotchCascade bank, double hz) {
        double[] s = sine(hz, 0.5, 0.3, 96000);
        for (int at = 0; at < s.length; at += BLOCK) {
            bank.process(s, at, BLOCK);
        }
        double peak = 0;
        for (int i = s.length - 4800; i < s.length; i++) {
            peak = Math.max(peak, Math.abs(s[i]));
        }
        return 20 * Math.log10(peak / 0.5);
    }

    private static double[] sine(double hz, double amplitude, double phase, int frames) {
        double[] s = new double[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = amplitude * Math.sin(2 * Math.PI * hz * i / RATE + phase);
        }
        return s;
    }
}
