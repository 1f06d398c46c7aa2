package dev.rackd.hal.temperature.w1;

/**
 * What the kernel's w1_therm driver printed for one conversion.
 *
 * @param crcOk      the first line ended {@code YES}; {@code NO} means the bytes were garbled on the wire
 * @param milliC     the second line's {@code t=} value, in thousandths of a degree Celsius
 * @param allZero    every scratchpad byte was 00: a shorted data line, whose CRC of 00 also "matches"
 */
public record W1Sample(boolean crcOk, int milliC, boolean allZero) {
    /** The DS18B20's power-on reset value (scratchpad 50 05): no conversion has happened. */
    public static final int POWER_ON_MILLI_C = 85_000;

    public boolean powerOnValue() {
        return milliC == POWER_ON_MILLI_C;
    }

    public double celsius() {
        return milliC / 1000.0;
    }

    /** The DS18B20 measures -55 °C to +125 °C. */
    public boolean inRange() {
        return milliC >= -55_000 && milliC <= 125_000;
    }
}
