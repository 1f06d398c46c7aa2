package dev.rackd.app.wireless.coord;

import java.util.Locale;

/**
 * The intermodulation products a coordination guards against. Every product's coefficients sum to one, so a
 * product of carriers on a tuning grid lands on the same grid.
 */
public enum IntermodOrder {
    /** Two-transmitter 3rd order: 2f1 - f2. */
    IM3("2f1-f2", 2),
    /** Two-transmitter 5th order: 3f1 - 2f2. */
    IM5("3f1-2f2", 3),
    /** Two-transmitter 7th order: 4f1 - 3f2. */
    IM7("4f1-3f2", 4),
    /** Three-transmitter 3rd order: f1 + f2 - f3. */
    IM3X3("f1+f2-f3", 0);

    private final String formula;
    private final int leadCoefficient;

    IntermodOrder(String formula, int leadCoefficient) {
        this.formula = formula;
        this.leadCoefficient = leadCoefficient;
    }

    /** The wire and CLI name: {@code im3}, {@code im5}, {@code im7}, {@code im3x3}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String formula() {
        return formula;
    }

    /** For the two-transmitter orders, m in m*f1 - (m-1)*f2; 0 for the three-transmitter order. */
    public int leadCoefficient() {
        return leadCoefficient;
    }

    public boolean twoTransmitter() {
        return this != IM3X3;
    }
}
