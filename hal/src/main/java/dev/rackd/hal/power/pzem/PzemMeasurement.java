package dev.rackd.hal.power.pzem;

/**
 * One answer of a PZEM-004T v3 to a read of its ten input registers, in SI units.
 *
 * @param alarm true when the meter's own power alarm threshold is exceeded (register 0x0009 = 0xFFFF)
 */
public record PzemMeasurement(double voltageV, double currentA, double powerW, long energyWh, double frequencyHz,
        double powerFactor, boolean alarm) {
    /** The voltage range the datasheet gives; below it the meter still reads (a sag), above it the number is rough. */
    public static final double MIN_VOLTAGE = 80;
    public static final double MAX_VOLTAGE = 260;

    /**
     * Whether the values are physically possible for this meter (100 A current transformer, 45-65 Hz); anything else
     * is a corrupted answer, not a mains event. A voltage up to 500 V can be on a phase: a lost neutral puts up to the
     * line-to-line voltage on it (400 V on a 230/400 V supply, 480 V on 277/480 V).
     */
    public boolean voltagePlausible() {
        return voltageV >= 0 && voltageV <= 500;
    }

    /** Not above the range the meter measures ({@link #MAX_VOLTAGE}); below it is a sag the meter still reads. */
    public boolean voltageInRange() {
        return voltageV <= MAX_VOLTAGE;
    }

    public boolean currentPlausible() {
        return currentA >= 0 && currentA <= 110;
    }

    public boolean frequencyPlausible() {
        return frequencyHz >= 40 && frequencyHz <= 70;
    }

    public boolean powerFactorPlausible() {
        return powerFactor >= 0 && powerFactor <= 1;
    }

    /** Power cannot exceed volts times amps by more than rounding. */
    public boolean powerPlausible() {
        return powerW >= 0 && powerW <= voltageV * currentA * 1.02 + 1;
    }
}
