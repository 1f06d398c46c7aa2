package dev.rackd.dsp.filter;

import static dev.rackd.dsp.filter.NotchDesign.A1;
import static dev.rackd.dsp.filter.NotchDesign.A2;
import static dev.rackd.dsp.filter.NotchDesign.B0;
import static dev.rackd.dsp.filter.NotchDesign.B2;
import static dev.rackd.dsp.filter.NotchDesign.COEFFICIENTS;

/**
 * The hot loops of {@link NotchCascade} for stages whose coefficients are not gliding.
 *
 * <p>Two facts make them fast. A peaking cut has b1 equal to a1 (both are {@code -2 cos w0 / a0}, and a glide moves
 * them by the same steps), so a stage needs four multiplies: {@code y = b0 x + b2 x2 - a2 y2 + a1 (x1 - y1)}. And one
 * stage alone is bound by the latency of its own feedback; running two or four stages in the same sample loop lets
 * the processor overlap them, which roughly doubles the throughput. The output history of a stage is the input
 * history of the next one, so neighbours share it.
 *
 * <p>State layout per stage: x1, x2, y1, y2. The loops are unrolled by hand on purpose: locals are what the JIT keeps
 * in registers.
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

    static void two(double[] coef, double[] state, int first, int second, double[] buf, int from, int frames) {
        int c = first * COEFFICIENTS;
        int d = second * COEFFICIENTS;
        double b0p = coef[c + B0];
        double b2p = coef[c + B2];
        double a1p = coef[c + A1];
        double a2p = coef[c + A2];
        double b0q = coef[d + B0];
        double b2q = coef[d + B2];
        double a1q = coef[d + A1];
        double a2q = coef[d + A2];
        int s = first * 4;
        int t = second * 4;
        double x1 = state[s];
        double x2 = state[s + 1];
        double p1 = state[s + 2];
        double p2 = state[s + 3];
        double q1 = state[t + 2];
        double q2 = state[t + 3];
        for (int n = from, end = from + frames; n < end; n++) {
            double x = buf[n];
            double p = b0p * x + (b2p * x2 - a2p * p2) + a1p * (x1 - p1);
            double q = b0q * p + (b2q * p2 - a2q * q2) + a1q * (p1 - q1);
            x2 = x1;
            x1 = x;
            p2 = p1;
            p1 = p;
            q2 = q1;
            q1 = q;
            buf[n] = q;
        }
        store(state, s, x1, x2, p1, p2);
        store(state, t, p1, p2, q1, q2);
    }

    /** Four stages {@code order[first..first+3]} in one pass. */
    static void four(double[] coef, double[] state, int[] order, int first, double[] buf, int from, int frames) {
        int cp = order[first] * COEFFICIENTS;
        int cq = order[first + 1] * COEFFICIENTS;
        int cr = order[first + 2] * COEFFICIENTS;
        int cs = order[first + 3] * COEFFICIENTS;
        double b0p = coef[cp + B0];
        double b2p = coef[cp + B2];
        double a1p = coef[cp + A1];
        double a2p = coef[cp + A2];
        double b0q = coef[cq + B0];
        double b2q = coef[cq + B2];
        double a1q = coef[cq + A1];
        double a2q = coef[cq + A2];
        double b0r = coef[cr + B0];
        double b2r = coef[cr + B2];
        double a1r = coef[cr + A1];
        double a2r = coef[cr + A2];
        double b0s = coef[cs + B0];
        double b2s = coef[cs + B2];
        double a1s = coef[cs + A1];
        double a2s = coef[cs + A2];
        int sp = order[first] * 4;
        int sq = order[first + 1] * 4;
        int sr = order[first + 2] * 4;
        int ss = order[first + 3] * 4;
        double x1 = state[sp];
        double x2 = state[sp + 1];
        double p1 = state[sp + 2];
        double p2 = state[sp + 3];
        double q1 = state[sq + 2];
        double q2 = state[sq + 3];
        double r1 = state[sr + 2];
        double r2 = state[sr + 3];
        double o1 = state[ss + 2];
        double o2 = state[ss + 3];
        for (int n = from, end = from + frames; n < end; n++) {
            double x = buf[n];
            double p = b0p * x + (b2p * x2 - a2p * p2) + a1p * (x1 - p1);
            double q = b0q * p + (b2q * p2 - a2q * q2) + a1q * (p1 - q1);
            double r = b0r * q + (b2r * q2 - a2r * r2) + a1r * (q1 - r1);
            double o = b0s * r + (b2s * r2 - a2s * o2) + a1s * (r1 - o1);
            x2 = x1;
            x1 = x;
            p2 = p1;
            p1 = p;
            q2 = q1;
            q1 = q;
            r2 = r1;
            r1 = r;
            o2 = o1;
            o1 = o;
            buf[n] = o;
        }
        store(state, sp, x1, x2, p1, p2);
        store(state, sq, p1, p2, q1, q2);
        store(state, sr, q1, q2, r1, r2);
        store(state, ss, r1, r2, o1, o2);
    }

    static void store(double[] state, int s, double x1, double x2, double y1, double y2) {
        state[s] = x1;
        state[s + 1] = x2;
        state[s + 2] = y1;
        state[s + 3] = y2;
    }
}
