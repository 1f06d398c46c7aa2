package dev.rackd.rig.acoustic;

import org.jtransforms.fft.DoubleFFT_1D;

/** Power spectra of Hann-windowed frames of a signal, computed on demand. */
final class Spectra {
    private final double[] signal;
    private final int offset;
    private final int size;
    private final DoubleFFT_1D fft;
    private final double[] window;
    private final double[] frame;

    /** Frames of {@code signal} starting {@code offset} samples in (so that two signals can be aligned). */
    Spectra(double[] signal, int offset, int size) {
        this.signal = signal;
        this.offset = offset;
        this.size = size;
        fft = new DoubleFFT_1D(size);
        window = new double[size];
        for (int i = 0; i < size; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
        }
        frame = new double[size];
    }

    int size() {
        return size;
    }

    /** Power of bins 0..size/2 of the frame starting at sample {@code start} (before the offset). */
    void power(int start, double[] out) {
        for (int i = 0; i < size; i++) {
            int at = offset + start + i;
            frame[i] = at >= 0 && at < signal.length ? signal[at] * window[i] : 0.0;
        }
        fft.realForward(frame);
        out[0] = frame[0] * frame[0];
        out[size / 2] = frame[1] * frame[1];
        for (int k = 1; k < size / 2; k++) {
            out[k] = frame[2 * k] * frame[2 * k] + frame[2 * k + 1] * frame[2 * k + 1];
        }
    }
}
