package dev.rackd.dsp.filter;

import static dev.rackd.dsp.filter.NotchDesign.A1;
import static dev.rackd.dsp.filter.NotchDesign.A2;
import static dev.rackd.dsp.filter.NotchDesign.B0;
import static dev.rackd.dsp.filter.NotchDesign.B2;
import static dev.rackd.dsp.filter.NotchDesign.COEFFICIENTS;

/**
 * The hot loops of {@link NotchCascade} for stages whose coefficients are not gliding: each stage as its input plus a
 * resonator, {@code w = x - a1 w1 - a2 w2}, {@code y = x + (b0 - 1) (w - w2)} (direct form II, with b1 equal to a1
 * and b2 - a2 equal to 1 - b0, as in every peaking cut). That is three fused multiply-adds and a subtraction a
 * sample, and the only feedback path is one of them ({@code w1} into {@code w}), against eight operations and a
 * three-deep feedback path in direct form I. (Four multiply-adds, with b2 - a2 as a coefficient of its own, measured
 * 10 % slower over the bank; six stages to a pass run out of registers and measured a third slower.) Four
 * stages share one sample loop so that the processor overlaps their feedback.
 *
 * <p>The cascade's state of record stays direct form I (past inputs and outputs: they mean the same whatever the
 * coefficients, which is what lets a glide be click-free), so these loops leave it up to date beside the resonator
 * history {@code w1, w2}. {@link #enter} derives that history from the direct-form-I state when a stage comes out of
 * a glide; exactly, because both describe the same second-order filter.
 *
 * <p>The 0 dB design ({@code b0 = 1}, {@code b2 = a2}) has no resonator to speak of, and a lifted stage keeps ringing
 * out through its direct-form-I history: such a stage stays on the direct-form-I loop ({@link SteadyStages}).
 *
 * <p>Unrolled by hand on purpose: locals are what the JIT keeps in registers.
 */
final class ResonatorStages {
    private ResonatorStages() {
    }

    /**
     * Writes the resonator history (w1, w2) of a steady stage at {@code inner[2 * stage]} from its direct-form-I state;
     * returns false for a stage that cannot take this form (the 0 dB design, or history too large to represent).
     *
     * <p>Both forms predict the same free response: the part of the next two outputs that comes from the past, which
     * in direct form I is {@code s1 = a1 (x1 - y1) + b2 x2 - a2 y2} and {@code s2 = b2 x1 - a2 y1}, and in direct
     * form II {@code s1 = -a1 k0 w1 + (k2 - k0 a2) w2} and {@code s2 = (k2 - k0 a2) w1 + a1 k2 w2} with
     * {@code k0 = b0 - 1}, {@code k2 = b2 - a2 = -k0}. Solving the 2 x 2 system gives w1 and w2.
     */
    static boolean enter(double[] coef, double[] state, double[] inner, int stage) {
        int c = stage * COEFFICIENTS;
        int s = stage * 4;
        double b2 = coef[c + B2];
        double a1 = coef[c + A1];
        double a2 = coef[c + A2];
        double k0 = coef[c + B0] - 1.0;
        double k2 = -k0;
        if (k0 == 0.0) {
            return false;
        }
        double x1 = state[s];
        double x2 = state[s + 1];
        double y1 = state[s + 2];
        double y2 = state[s + 3];
        double s1 = a1 * (x1 - y1) + (b2 * x2 - a2 * y2);
        double s2 = b2 * x1 - a2 * y1;
        double m11 = -a1 * k0;
        double m12 = k2 - k0 * a2;
        double m22 = a1 * k2;
        double det = m11 * m22 - m12 * m12;
        double w1 = (m22 * s1 - m12 * s2) / det;
        double w2 = (m11 * s2 - m12 * s1) / det;
        if (!Double.isFinite(w1) || !Double.isFinite(w2)) {
            return false;
        }
        inner[2 * stage] = w1;
        inner[2 * stage + 1] = w2;
        return true;
    }

    static void one(double[] coef, double[] state, double[] inner, int stage, double[] buf, int from, int frames) {
        int c = stage * COEFFICIENTS;
        double na1 = -coef[c + A1];
        double na2 = -coef[c + A2];
        double k0 = coef[c + B0] - 1.0;
        int s = stage * 4;
        double x1 = state[s];
        double x2 = state[s + 1];
        double y1 = state[s + 2];
        double y2 = state[s + 3];
        double w1 = inner[2 * stage];
        double w2 = inner[2 * stage + 1];
        for (int n = from, end = from + frames; n < end; n++) {
            double x = buf[n];
            double w = Math.fma(na1, w1, Math.fma(na2, w2, x));
            double y = Math.fma(k0, w - w2, x);
            w2 = w1;
            w1 = w;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            buf[n] = y;
        }
        SteadyStages.store(state, s, x1, x2, y1, y2);
        inner[2 * stage] = w1;
        inner[2 * stage + 1] = w2;
    }

    /** Four stages {@code order[first..first+3]} in one pass. */
    static void four(double[] coef, double[] state, double[] inner, int[] order, int first, double[] buf, int from,
            int frames) {
        int p = order[first];
        int q = order[first + 1];
        int r = order[first + 2];
        int t = order[first + 3];
        int cp = p * COEFFICIENTS;
        int cq = q * COEFFICIENTS;
        int cr = r * COEFFICIENTS;
        int ct = t * COEFFICIENTS;
        double na1p = -coef[cp + A1];
        double na2p = -coef[cp + A2];
        double k0p = coef[cp + B0] - 1.0;
        double na1q = -coef[cq + A1];
        double na2q = -coef[cq + A2];
        double k0q = coef[cq + B0] - 1.0;
        double na1r = -coef[cr + A1];
        double na2r = -coef[cr + A2];
        double k0r = coef[cr + B0] - 1.0;
        double na1t = -coef[ct + A1];
        double na2t = -coef[ct + A2];
        double k0t = coef[ct + B0] - 1.0;
        double pw1 = inner[2 * p];
        double pw2 = inner[2 * p + 1];
        double qw1 = inner[2 * q];
        double qw2 = inner[2 * q + 1];
        double rw1 = inner[2 * r];
        double rw2 = inner[2 * r + 1];
        double tw1 = inner[2 * t];
        double tw2 = inner[2 * t + 1];
        // the last two samples go stage by stage through one(), which leaves the direct-form-I history behind: kept
        // in this loop it would cost ten more registers than there are
        int bulk = Math.max(0, frames - 2);
        for (int n = from, end = from + bulk; n < end; n++) {
            double x = buf[n];
            double pw = Math.fma(na1p, pw1, Math.fma(na2p, pw2, x));
            double py = Math.fma(k0p, pw - pw2, x);
            double qw = Math.fma(na1q, qw1, Math.fma(na2q, qw2, py));
            double qy = Math.fma(k0q, qw - qw2, py);
            double rw = Math.fma(na1r, rw1, Math.fma(na2r, rw2, qy));
            double ry = Math.fma(k0r, rw - rw2, qy);
            double tw = Math.fma(na1t, tw1, Math.fma(na2t, tw2, ry));
            double ty = Math.fma(k0t, tw - tw2, ry);
            pw2 = pw1;
            pw1 = pw;
            qw2 = qw1;
            qw1 = qw;
            rw2 = rw1;
            rw1 = rw;
            tw2 = tw1;
            tw1 = tw;
            buf[n] = ty;
        }
        inner[2 * p] = pw1;
        inner[2 * p + 1] = pw2;
        inner[2 * q] = qw1;
        inner[2 * q + 1] = qw2;
        inner[2 * r] = rw1;
        inner[2 * r + 1] = rw2;
        inner[2 * t] = tw1;
        inner[2 * t + 1] = tw2;
        one(coef, state, inner, p, buf, from + bulk, frames - bulk);
        one(coef, state, inner, q, buf, from + bulk, frames - bulk);
        one(coef, state, inner, r, buf, from + bulk, frames - bulk);
        one(coef, state, inner, t, buf, from + bulk, frames - bulk);
    }
}
