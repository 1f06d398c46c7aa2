package dev.rackd.app.audio;

import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.MeterReading;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;

/**
 * Folds the chains' meter readings over one telemetry period into one reading per metric and channel: the highest
 * peak, true peak and gain reduction (a short peak must not hide between two reports), the mean power, and the
 * notch count at the end, in dB to two decimals. Telemetry thread only.
 */
final class MeterTotals {
    /** What silence reads, instead of minus infinity (JSON has no infinities). */
    static final double FLOOR_DB = -150.0;

    private final int[] count;
    private final double[] peak;
    private final double[] truePeak;
    private final double[] reduction;
    private final double[] power;
    private final int[] notches;

    MeterTotals(int channels) {
        count = new int[channels];
        peak = new double[channels];
        truePeak = new double[channels];
        reduction = new double[channels];
        power = new double[channels];
        notches = new int[channels];
    }

    void add(MeterReading m) {
        int c = m.channel();
        if (c < 0 || c >= count.length) {
            return;
        }
        if (count[c] == 0) {
            peak[c] = Double.NEGATIVE_INFINITY;
            truePeak[c] = Double.NEGATIVE_INFINITY;
            reduction[c] = 0;
            power[c] = 0;
        }
        count[c]++;
        peak[c] = Math.max(peak[c], m.peakDbfs());
        truePeak[c] = Math.max(truePeak[c], m.truePeakDbtp());
        reduction[c] = Math.max(reduction[c], m.gainReductionDb());
        power[c] += Math.pow(10, m.rmsDbfs() / 10);
        notches[c] = m.activeNotches();
    }

    /** Reports every channel that had readings as {@code ch<N>_...}, then starts a new period. */
    void flush(DeviceListener listener, Instant now) {
        for (int c = 0; c < count.length; c++) {
            if (count[c] == 0) {
                continue;
            }
            String ch = "ch" + (c + 1) + "_";
            emit(listener, ch + "peak", floor(peak[c]), Unit.DBFS, now);
            emit(listener, ch + "rms", floor(10 * Math.log10(power[c] / count[c])), Unit.DBFS, now);
            emit(listener, ch + "true_peak", floor(truePeak[c]), Unit.DBTP, now);
            emit(listener, ch + "gain_reduction", hundredths(reduction[c]) + 0.0, Unit.DECIBEL, now);
            emit(listener, ch + "notches", notches[c], Unit.NONE, now);
            count[c] = 0;
        }
    }

    /** Forgets the period so far. */
    void discard() {
        java.util.Arrays.fill(count, 0);
    }

    static void emit(DeviceListener listener, String metric, double value, Unit unit, Instant now) {
        listener.reading(Reading.good(AudioSettings.DEVICE_ID, metric, value, unit, now));
    }

    private static double floor(double db) {
        return Double.isNaN(db) ? FLOOR_DB : Math.max(FLOOR_DB, hundredths(db));
    }

    /** A meter reads to 0.01 dB: -11.3 on a phone, not -11.2990964485. */
    private static double hundredths(double db) {
        return Double.isFinite(db) ? Math.round(db * 100) / 100.0 : db;
    }
}
