package dev.rackd.config;

/**
 * A GPIO output (BCM numbering).
 *
 * @param role what hangs on it: a sequencing relay, the status LED or the buzzer
 */
public record GpioOutput(String id, String label, int pin, OutputRole role, boolean activeLow) {
    public enum OutputRole { RELAY, LED, BUZZER }
}
