package dev.rackd.rig.acoustic;

/**
 * Whether a howl can be heard: over a 2048-sample frame (43 ms), the loudspeaker signal in +-1/24 octave (at least
 * +-1.5 bins) around the howl's frequency stands {@value #ABOVE_DB} dB or more above the source in the same band, and
 * above {@value #FLOOR_DBFS} dBFS (so that the ringing of a pause, 90 dB down, does not count). The loudspeaker
 * signal is aligned to the source by the chain's latency.
 */
final class Audibility {
    static final double ABOVE_DB = 10;
    static final double FLOOR_DBFS = -60;
    static final int SIZE = 2048;
    static final int HOP = 512;

    private final Spectra loudspeaker;
    private final Spectra source;
    private final int latency;
    private final double rate;
    private final double[] pu = new double[SIZE / 2 + 1];
    private final double[] ps = new double[SIZE / 2 + 1];
    /** Band power of a full-scale sine under the Hann window. */
    private final double fullScale = Math.pow(SIZE / 4.0, 2);

    Audibility(double[] loudspeakerSignal, double[] sourceSignal, int latency, double rate) {
        loudspeaker = new Spectra(loudspeakerSignal, latency, SIZE);
        source = new Spectra(sourceSignal, 0, SIZE);
        this.latency = latency;
        this.rate = rate;
    }

    /** Over the frame of the loudspeaker signal that ends at its sample {@code end}. */
    boolean audible(int end, double hz) {
        return ratioDb(end, hz) >= ABOVE_DB;
    }

    /** Level of the loudspeaker signal in the howl's band, dBFS (a full-scale sine reads 0). */
    double levelDbfs(int end, double hz) {
        int start = end - latency - SIZE;
        if (start < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        loudspeaker.power(start, pu);
        int[] band = band(hz);
        double u = 0;
        for (int k = band[0]; k <= band[1]; k++) {
            u += pu[k];
        }
        return 10 * Math.log10(u / fullScale);
    }

    private int[] band(double hz) {
        double binHz = rate / SIZE;
        double half = Math.max(hz * (Math.pow(2, 1 / 24.0) - 1), 1.5 * binHz);
        return new int[] {Math.max(1, (int) Math.floor((hz - half) / binHz)),
            Math.min(SIZE / 2, (int) Math.ceil((hz + half) / binHz))};
    }

    /**
     * Looks over the whole band, 80 Hz to 16 kHz, of the frame ending at {@code end}: whether anything can be heard
     * there that is not in the source ({@link #audible} at some frequency), and whether it is also
     * {@code loudAboveDb} over the source and at {@code loudDbfs} or louder. In a loop far past its MSG several
     * peaks grow at once, not only the one the Nyquist analysis calls critical.
     *
     * @return 0 nothing heard, 1 heard, 2 heard and loud
     */
    int scan(int end, double loudDbfs, double loudAboveDb) {
        int start = end - latency - SIZE;
        if (start < 0) {
            return 0;
        }
        loudspeaker.power(start, pu);
        source.power(start, ps);
        double binHz = rate / SIZE;
        int result = 0;
        for (int k = (int) Math.ceil(80 / binHz); k <= (int) (16000 / binHz) && result < 2; k++) {
            int[] band = band(k * binHz);
            double u = 0;
            double s = 0;
            for (int j = band[0]; j <= band[1]; j++) {
                u += pu[j];
                s += ps[j];
            }
            double level = 10 * Math.log10(u / fullScale);
            double ratio = 10 * Math.log10(u / Math.max(s, 1e-300));
            if (level >= FLOOR_DBFS && ratio >= ABOVE_DB) {
                result = level >= loudDbfs && ratio >= loudAboveDb ? 2 : 1;
            }
        }
        return result;
    }

    /** Howl band over source band in dB; minus infinity below the floor or before the first full frame. */
    double ratioDb(int end, double hz) {
        int start = end - latency - SIZE;
        if (start < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        loudspeaker.power(start, pu);
        source.power(start, ps);
        int[] band = band(hz);
        double u = 0;
        double s = 0;
        for (int k = band[0]; k <= band[1]; k++) {
            u += pu[k];
            s += ps[k];
        }
        if (10 * Math.log10(u / fullScale) < FLOOR_DBFS) {
            return Double.NEGATIVE_INFINITY;
        }
        return 10 * Math.log10(u / Math.max(s, 1e-300));
    }
}
