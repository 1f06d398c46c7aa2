package dev.rackd.dsp.limit;

import java.util.Random;

/** Signals that are hard on a true-peak limiter: inter-sample peaks, clipped transients, energy near Nyquist. */
final class HardMaterial {
    static final double RATE = 48000.0;

    private HardMaterial() {
    }

    /** A sine normalised to full-scale samples; near fs/4 with a 45 degree phase its true peak is 3 dB above them. */
    static float[] fullScaleSine(double hz, double phase, int frames) {
        float[] s = new float[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = (float) Math.sin(2 * Math.PI * hz * i / RATE + phase);
        }
        return normalise(s);
    }

    static float[] tonePair(double hzA, double hzB, int frames) {
        float[] s = new float[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * hzA * i / RATE) + 0.5 * Math.sin(2 * Math.PI * hzB * i / RATE + 1));
        }
        return normalise(s);
    }

    static float[] logSweep(double fromHz, double toHz, int frames) {
        float[] s = new float[frames];
        double phase = 0;
        for (int i = 0; i < frames; i++) {
            phase += 2 * Math.PI * fromHz * Math.pow(toHz / fromHz, (double) i / frames) / RATE;
            s[i] = (float) Math.sin(phase);
        }
        return s;
    }

    /** Kick-like hits with noise, driven four times into a hard clip at full scale. */
    static float[] clippedDrums(long seed, int frames) {
        Random random = new Random(seed);
        float[] s = new float[frames];
        for (int hit = 0; hit * 12000 < frames; hit++) {
            for (int i = 0; i < 9000 && hit * 12000 + i < frames; i++) {
                double envelope = Math.exp(-i / 1500.0);
                double kick = Math.sin(2 * Math.PI * 60 * i / RATE * (1 + 2 * Math.exp(-i / 300.0)));
                double v = 4 * envelope * (kick + 0.7 * random.nextGaussian());
                s[hit * 12000 + i] = (float) Math.max(-1, Math.min(1, v));
            }
        }
        return s;
    }

    /** Full-scale Nyquist bursts (alternating +1/-1) between stretches of near silence. */
    static float[] nyquistBursts(int frames) {
        float[] s = new float[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = (i / 3000) % 2 == 0 ? ((i & 1) == 0 ? 1f : -1f) : 0.01f * (float) Math.sin(i * 0.01);
        }
        return s;
    }

    static float[] noise(long seed, double rms, int frames) {
        Random random = new Random(seed);
        float[] s = new float[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = (float) (rms * random.nextGaussian());
        }
        return s;
    }

    static float[] normalise(float[] s) {
        double peak = 0;
        for (float v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (s[i] / peak);
        }
        return s;
    }

    /** Runs a signal through a limiter in blocks of {@code block}, with the tail flushed; output aligned to input. */
    static float[] limit(float[] in, double thresholdDbtp, int block) {
        TruePeakLimiter limiter = new TruePeakLimiter(RATE, TruePeakLimiter.defaultLookahead(RATE), 50, thresholdDbtp);
        int latency = limiter.latencySamples();
        double[] buf = new double[block];
        float[] out = new float[in.length];
        for (int start = 0; start < in.length + latency; start += block) {
            int n = Math.min(block, in.length + latency - start);
            for (int k = 0; k < n; k++) {
                buf[k] = start + k < in.length ? in[start + k] : 0.0;
            }
            limiter.process(buf, 0, n);
            for (int k = 0; k < n; k++) {
                int at = start + k - latency;
                if (at >= 0) {
                    out[at] = (float) buf[k];
                }
            }
        }
        return out;
    }
}
