package dev.rackd.dsp;

/**
 * A channel's output over one metering interval.
 *
 * @param sample          index of the channel's last sample in the interval
 * @param peakDbfs        largest sample, dBFS
 * @param rmsDbfs         RMS, dBFS (a full-scale sine reads -3)
 * @param truePeakDbtp    true peak of the output (4x oversampled as BS.1770)
 * @param gainReductionDb largest limiter gain reduction, 0 or positive
 * @param activeNotches   notches in the bank (fixed plus live)
 */
public record MeterReading(int channel, long sample, double peakDbfs, double rmsDbfs, double truePeakDbtp,
        double gainReductionDb, int activeNotches, int liveNotches, int fixedNotches) {
}
