package dev.rackd.hal.gpio;

import java.time.Duration;

/**
 * One GPIO input line.
 *
 * @param pull      the SoC's internal resistor
 * @param activeLow true when "pressed" pulls the pin low (a button to ground with the pull-up on)
 * @param debounce  how long a new level must hold before it counts; contact bounce of a panel button
 *                  lasts a few milliseconds, 20-50 ms is usual
 */
public record InputSpec(String name, int bcm, Pull pull, boolean activeLow, Duration debounce) {
    public InputSpec {
        GpioBoard.checkPin(name, bcm);
        if (debounce.isNegative() || debounce.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException(name + ": debounce " + debounce.toMillis() + " ms; allowed 0 to 1000 ms");
        }
    }

    /** The usual wiring: pull-up on, button to ground, so pressed reads low. */
    public static InputSpec button(String name, int bcm, Pull pull, Duration debounce) {
        return new InputSpec(name, bcm, pull, pull == Pull.UP, debounce);
    }

    public enum Pull { UP, DOWN, NONE }
}
