package dev.rackd.config;

/**
 * What the venue's supply should be. Windows default to EN 50160: ±10 % voltage; ±1 % frequency on the
 * grid, ±2 % on a generator.
 */
public record MainsSettings(
        double nominalVoltage,
        double nominalFrequencyHz,
        MainsMode mode,
        double voltageTolerancePercent,
        double frequencyTolerancePercent,
        double imbalanceWarningPercent) {

    public enum MainsMode { GRID, GENERATOR }
}
