package dev.rackd.hal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as a person reads them. A device that sends 30.1 as an IEEE float32 means 30.1, yet the float widened to a
 * double is 30.100000381469727; and arithmetic on readings (a shunt voltage over its resistance) leaves noise in the
 * last of a double's 17 digits. Neither is worth showing a tech on a phone.
 */
public final class Decimals {
    /** Twelve digits: more than any meter resolves, fewer than a double's arithmetic noise reaches. */
    private static final MathContext TWELVE = new MathContext(12);

    private Decimals() {}

    /** The shortest decimal that reads back as the same float: what the device meant, as a double. */
    public static double widen(float f) {
        return Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : f;
    }

    /** {@code v} to twelve significant digits; NaN and infinities as they are. */
    public static double twelveDigits(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(TWELVE).doubleValue() : v;
    }
}
