package dev.rackd.hal.gpio;

/**
 * One GPIO output line as the board should drive it.
 *
 * @param name      what hangs on it, for messages ("buzzer", "relay amp rack 2")
 * @param bcm       BCM pin number, 0..27 on a Pi header
 * @param activeLow true when the load is on while the pin is low (most relay boards, LEDs to 3V3)
 */
public record OutputSpec(String name, int bcm, boolean activeLow) {
    public OutputSpec {
        GpioBoard.checkPin(name, bcm);
    }
}
