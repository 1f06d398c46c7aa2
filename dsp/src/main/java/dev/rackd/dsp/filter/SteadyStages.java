package dev.rackd.dsp.filter;

import static dev.rackd.dsp.filter.NotchDesign.A1;
import static dev.rackd.dsp.filter.NotchDesign.A2;
import static dev.rackd.dsp.filter.NotchDesign.B0;
import static dev.rackd.dsp.filter.NotchDesign.B2;
import static dev.rackd.dsp.filter.NotchDesign.COEFFICIENTS;

/**
 * The direct-form-I loop of {@link NotchCascade} for a stage that is not gliding but cannot run as a resonator
 * ({@link ResonatorStages}): the 0 dB design of a lifted stage ringing out, and the rest of a block after a glide.
 *
 * <p>A peaking cut has b1 equal to a1 (both are {@code -2 cos w0 / a0}, and a glide moves them by the same steps), so
 * a stage needs four multiplies: {@code y = b0 x + b2 x2 - a2 y2 + a1 (x1 - y1)}. At 0 dB (b0 = 1, b2 = a2) a stage
 * whose history has no residual gives its input back bit for bit.
 *
 * <p>State layout per stage: x1, x2, y1, y2.
 */
final class SteadyStages {
    private SteadyStages() {
    }

    static void one(double[] coef, double[] state, int stage, double[] buf, int from, int frames) {
        int c = stage * COEFFICIENTS;
        int s = stage * 4;
        double b0 = coef[c + B0];
        double b2 = coef[c + B2];
        double a1 = coef[c + A1];
        double a2 = coef[c + A2];
        double x1 = state[s];
        double x2 = state[s + 1];
        double y1 = state[s + 2];
        double y2 = state[s + 3];
        for (int n = from, end = from + frames; n < end; n++) {
            double x = buf[n];
            double y = b0 * x + (b2 * x2 - a2 * y2) + a1 * (x1 - y1);
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            buf[n] = y;
        }
        store(state, s, x1, x2, y1, y2);
    }

    static void store(double[] state, int s, double x1, double x2, double y1, double y2) {
        state[s] = x1;
        state[s + 1] = x2;
        state[s + 2] = y1;
        state[s + 3] = y2;
    }
}
