package dev.rackd.dsp.filter;

import static dev.rackd.dsp.filter.NotchDesign.A1;
import static dev.rackd.dsp.filter.NotchDesign.A2;
import static dev.rackd.dsp.filter.NotchDesign.B0;
import static dev.rackd.dsp.filter.NotchDesign.B2;
import static dev.rackd.dsp.filter.NotchDesign.COEFFICIENTS;

/**
 * A bank of notch stages in series, processed in place on one channel's block. Allocation-free after construction.
 *
 * <p>Each stage is a direct-form-I biquad: its state is the past input and output samples, which mean the same thing
 * whatever the coefficients are. That is what lets a change of depth glide: the five coefficients move linearly from
 * the old design to the new one over {@code rampSamples}, sample by sample. Both end points are stable and the set of
 * stable (a1, a2) pairs is convex (the stability triangle), so every filter on the way is stable as well.
 *
 * <p>Stages rely on b1 being equal to a1, which holds for every {@link NotchDesign} and for every point of a glide
 * between two of them (see {@link SteadyStages}).
 *
 * <p>A free stage costs nothing. A stage starts as the 0 dB design at its frequency (numerator equal to denominator,
 * history copied from its input, so the output equals the input bit for bit) and ramps down from there. When lifted
 * back to 0 dB it keeps running until the ringing of what it had removed has died away, then frees itself.
 */
public final class NotchCascade {
    /** Residual (output minus input) below which a 0 dB stage is dropped, relative to the signal. */
    private static final double SETTLED = 1e-5;

    private final double sampleRateHz;
    private final int rampSamples;
    private final double[] coef;
    private final double[] target;
    private final double[] step;
    private final int[] rampLeft;
    /** x1, x2, y1, y2 per stage: the state of record. */
    private final double[] state;
    /** w1, w2 per stage, the {@link ResonatorStages} history; valid while {@code resonating} says so. */
    private final double[] inner;
    private final boolean[] resonating;
    private final boolean[] active;
    private final double[] hz;
    private final double[] depthDb;
    private final double[] widthOct;
    private final int[] order;
    private final double[] scratch = new double[COEFFICIENTS];
    private int activeCount;
    private double in1;
    private double in2;

    public NotchCascade(double sampleRateHz, int stages, int rampSamples) {
        if (stages < 1 || rampSamples < 1) {
            throw new IllegalArgumentException("stages and rampSamples must be positive");
        }
        this.sampleRateHz = sampleRateHz;
        this.rampSamples = rampSamples;
        coef = new double[stages * COEFFICIENTS];
        target = new double[stages * COEFFICIENTS];
        step = new double[stages * COEFFICIENTS];
        rampLeft = new int[stages];
        state = new double[stages * 4];
        inner = new double[stages * 2];
        resonating = new boolean[stages];
        active = new boolean[stages];
        hz = new double[stages];
        depthDb = new double[stages];
        widthOct = new double[stages];
        order = new int[stages];
    }

    public int stages() {
        return active.length;
    }

    public boolean isActive(int stage) {
        return active[stage];
    }

    public int activeCount() {
        return activeCount;
    }

    /** Target depth of a stage (0 when free or lifted). */
    public double depthDb(int stage) {
        return active[stage] ? depthDb[stage] : 0.0;
    }

    public double frequencyHz(int stage) {
        return hz[stage];
    }

    /**
     * Glides a stage to a new design. A free stage is first placed transparently at {@code frequencyHz}. Changing the
     * frequency of a busy stage is allowed but audible; the controller only does it on free stages.
     */
    public void set(int stage, double frequencyHz, double cutDb, double width) {
        if (!active[stage]) {
            activate(stage, frequencyHz, width);
        }
        hz[stage] = frequencyHz;
        depthDb[stage] = cutDb;
        widthOct[stage] = width;
        int c = stage * COEFFICIENTS;
        NotchDesign.design(sampleRateHz, frequencyHz, Math.min(0.0, cutDb), width, scratch);
        for (int k = 0; k < COEFFICIENTS; k++) {
            target[c + k] = scratch[k];
            step[c + k] = (scratch[k] - coef[c + k]) / rampSamples;
        }
        rampLeft[stage] = rampSamples;
    }

    private void activate(int stage, double frequencyHz, double width) {
        NotchDesign.design(sampleRateHz, frequencyHz, 0.0, width, scratch);
        System.arraycopy(scratch, 0, coef, stage * COEFFICIENTS, COEFFICIENTS);
        // the input of this stage is the output of the active stage before it, or the cascade input
        double h1 = in1;
        double h2 = in2;
        int insertAt = 0;
        while (insertAt < activeCount && order[insertAt] < stage) {
            int prev = order[insertAt] * 4;
            h1 = state[prev + 2];
            h2 = state[prev + 3];
            insertAt++;
        }
        int s = stage * 4;
        state[s] = h1;
        state[s + 1] = h2;
        state[s + 2] = h1;
        state[s + 3] = h2;
        System.arraycopy(order, insertAt, order, insertAt + 1, activeCount - insertAt);
        order[insertAt] = stage;
        activeCount++;
        active[stage] = true;
    }

    /**
     * Forgets the signal (every stage's past samples) but keeps the stages and their coefficients: after a gap in the
     * audio, the first block starts from silence instead of from what was playing before it.
     */
    public void clearHistory() {
        java.util.Arrays.fill(state, 0.0);
        java.util.Arrays.fill(resonating, false);
        in1 = 0.0;
        in2 = 0.0;
    }

    /** Frees lifted stages whose ringing has died away; call between blocks. */
    public void settle() {
        for (int i = activeCount - 1; i >= 0; i--) {
            int stage = order[i];
            if (rampLeft[stage] == 0 && depthDb[stage] >= 0.0 && residualSettled(stage)) {
                System.arraycopy(order, i + 1, order, i, activeCount - i - 1);
                activeCount--;
                active[stage] = false;
            }
        }
    }

    private boolean residualSettled(int stage) {
        int s = stage * 4;
        double residual = Math.abs(state[s] - state[s + 2]) + Math.abs(state[s + 1] - state[s + 3]);
        double level = Math.abs(state[s]) + Math.abs(state[s + 1]);
        return residual <= SETTLED * level + 1e-12;
    }

    /** Filters {@code frames} samples of {@code buf} from {@code offset} in place. */
    public void process(double[] buf, int offset, int frames) {
        if (frames <= 0) {
            return;
        }
        double next1 = buf[offset + frames - 1];
        double next2 = frames > 1 ? buf[offset + frames - 2] : in1;
        int i = 0;
        while (i < activeCount) {
            int stage = order[i];
            if (rampLeft[stage] > 0) {
                resonating[stage] = false;
                int done = ramp(stage, buf, offset, frames);
                if (done < frames) {
                    SteadyStages.one(coef, state, stage, buf, offset + done, frames - done);
                }
                i++;
            } else if (canResonate(stage)) {
                i += steadyRun(i, buf, offset, frames);
            } else {
                SteadyStages.one(coef, state, stage, buf, offset, frames);
                i++;
            }
        }
        in1 = next1;
        in2 = next2;
    }

    private boolean canResonate(int stage) {
        if (!resonating[stage]) {
            resonating[stage] = ResonatorStages.enter(coef, state, inner, stage);
        }
        return resonating[stage];
    }

    /** Processes one or four neighbouring steady stages (the first one resonating) in one pass; returns how many. */
    private int steadyRun(int first, double[] buf, int offset, int frames) {
        int run = 1;
        while (run < 4 && first + run < activeCount && rampLeft[order[first + run]] == 0
                && canResonate(order[first + run])) {
            run++;
        }
        if (run == 4) {
            ResonatorStages.four(coef, state, inner, order, first, buf, offset, frames);
            return 4;
        }
        ResonatorStages.one(coef, state, inner, order[first], buf, offset, frames);
        return 1;
    }

    /** Runs the coefficient glide until it ends or the block does; returns how many frames it processed. */
    private int ramp(int stage, double[] buf, int from, int frames) {
        int c = stage * COEFFICIENTS;
        int s = stage * 4;
        int count = Math.min(frames, rampLeft[stage]);
        double x1 = state[s];
        double x2 = state[s + 1];
        double y1 = state[s + 2];
        double y2 = state[s + 3];
        for (int n = from, end = from + count; n < end; n++) {
            for (int k = 0; k < COEFFICIENTS; k++) {
                coef[c + k] += step[c + k];
            }
            double x = buf[n];
            double y = coef[c + B0] * x + (coef[c + B2] * x2 - coef[c + A2] * y2) + coef[c + A1] * (x1 - y1);
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            buf[n] = y;
        }
        SteadyStages.store(state, s, x1, x2, y1, y2);
        rampLeft[stage] -= count;
        if (rampLeft[stage] == 0) {
            System.arraycopy(target, c, coef, c, COEFFICIENTS);
        }
        return count;
    }

    /** Copies the coefficients of the running stages, five each, into {@code out}; returns how many stages. */
    public int copyCoefficients(double[] out) {
        for (int i = 0; i < activeCount; i++) {
            System.arraycopy(coef, order[i] * COEFFICIENTS, out, i * COEFFICIENTS, COEFFICIENTS);
        }
        return activeCount;
    }

    /** Multiplies {@code acc = (re, im)} by the bank's present response at {@code frequencyHz}. */
    public void multiplyResponse(double frequencyHz, double[] acc) {
        for (int i = 0; i < activeCount; i++) {
            NotchDesign.multiplyResponse(coef, order[i] * COEFFICIENTS, sampleRateHz, frequencyHz, acc);
        }
    }
}
