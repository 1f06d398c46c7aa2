package dev.rackd.rig.acoustic;

/**
 * Frequency-weighted log-spectral distortion between the loudspeaker signal and the source (van Waterschoot and
 * Moonen 2011): per 43 ms frame (2048 samples, half overlapping) {@code SD = sqrt(sum_k w_k (10 log10 (Pu_k / Ps_k))^2
 * / sum_k w_k)}, with {@code w_k = 1 / ERB(f_k)} (each ERB counts the same) from 80 Hz to 16 kHz, averaged over the
 * frames in which the source is active (within 30 dB of its loudest frame) and the loop was stable throughout. The
 * loudspeaker signal is aligned to the source by the chain's latency. Bins more than 60 dB below the frame's
 * strongest are floored there, in both signals, so that empty bins do not dominate. What it measures is everything
 * the loop does to the sound: the notches and the feedback's own colouring.
 *
 * <p>Two readings. Bin by bin, as written above: the valleys between the harmonics of a voice, 40 dB deep in a 43 ms
 * frame, are filled by the room's reverberant return, and those bins dominate the sum, though no ear resolves them
 * above a few hundred hertz. Auditory: each bin's power replaced first by the power within one ERB around it (the
 * resolution the ERB weighting stands for), as the ear's filters would smooth it. The bench reports both; the target
 * is read on the auditory one.
 */
final class SpectralDistortion {
    private static final int SIZE = 2048;

    private SpectralDistortion() {
    }

    static double meanDb(LoopTrace trace, double rate, boolean auditory) {
        double[] source = trace.source();
        int latency = trace.latency();
        Spectra u = new Spectra(trace.loudspeaker(), latency, SIZE);
        Spectra s = new Spectra(source, 0, SIZE);
        double[] pu = new double[SIZE / 2 + 1];
        double[] ps = new double[SIZE / 2 + 1];
        double[] smoothed = new double[SIZE / 2 + 2];
        int from = (int) Math.ceil(80.0 * SIZE / rate);
        int to = (int) (16000.0 * SIZE / rate);
        double[] weight = new double[to + 1];
        double weights = 0;
        for (int k = from; k <= to; k++) {
            weight[k] = 1.0 / Erb.widthHz(k * rate / SIZE);
            weights += weight[k];
        }
        int last = trace.samples() - latency - SIZE;
        double loudest = 0;
        for (int start = 0; start <= last; start += SIZE / 2) {
            loudest = Math.max(loudest, energy(source, start));
        }
        double total = 0;
        int frames = 0;
        for (int start = 0; start <= last; start += SIZE / 2) {
            if (energy(source, start) < loudest * 1e-3 || !trace.stableOver(start + latency, start + latency + SIZE)) {
                continue;
            }
            u.power(start, pu);
            s.power(start, ps);
            if (auditory) {
                smooth(pu, rate, smoothed);
                smooth(ps, rate, smoothed);
            }
            double floorU = max(pu, from, to) * 1e-6;
            double floorS = max(ps, from, to) * 1e-6;
            double sum = 0;
            for (int k = from; k <= to; k++) {
                double db = 10 * Math.log10((pu[k] + floorU) / (ps[k] + floorS));
                sum += weight[k] * db * db;
            }
            total += Math.sqrt(sum / weights);
            frames++;
        }
        return frames == 0 ? Double.NaN : total / frames;
    }

    /** Replaces each bin's power by the sum over one ERB centred on it; {@code prefix} is scratch of size + 1. */
    static void smooth(double[] power, double rate, double[] prefix) {
        prefix[0] = 0;
        for (int k = 0; k < power.length; k++) {
            prefix[k + 1] = prefix[k] + power[k];
        }
        double binHz = rate / SIZE;
        for (int k = 0; k < power.length; k++) {
            int half = Math.max(0, (int) Math.round(Erb.widthHz(k * binHz) / 2 / binHz));
            int low = Math.max(0, k - half);
            int high = Math.min(power.length - 1, k + half);
            power[k] = prefix[high + 1] - prefix[low];
        }
    }

    private static double energy(double[] x, int start) {
        double e = 0;
        for (int i = start; i < start + SIZE && i < x.length; i++) {
            e += x[i] * x[i];
        }
        return e;
    }

    private static double max(double[] p, int from, int to) {
        double m = 0;
        for (int k = from; k <= to; k++) {
            m = Math.max(m, p[k]);
        }
        return m;
    }
}
