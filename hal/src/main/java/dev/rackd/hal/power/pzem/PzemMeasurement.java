package dev.rackd.hal.power.pzem;

/**
 * One answer of a PZEM-004T v3 to a read of its ten input registers, in SI units.
 *
 * @param alarm true when the meter's own power alarm threshold is exceeded (register 0x0009 = 0xFFFF)
 */
public record PzemMeasurement(double voltageV, double currentA, double powerW, long energyWh, double frequencyHz,
        double powerFactor, boolean alarm) {

    /**
     * Whether the values are physically possible for this meter (80-260 V range, 100 A current
     * transformer, 45-65 Hz); anything else is a corrupted answer, not a mains event.
     */
    public boolean voltagePlausible() {
        return voltageV >= 0 && voltageV <= 300;
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
