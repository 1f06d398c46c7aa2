package dev.rackd.config;

import java.time.Duration;

/**
 * One step of the amp power-on sequence: close {@code relay} then wait {@code delay} before the next.
 * Power-off runs the steps in reverse.
 *
 * @param relay id of a {@link GpioOutput} with role RELAY
 */
public record SequenceStep(String relay, String label, Duration delay) {}
