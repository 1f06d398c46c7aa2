package dev.rackd.app.sim;

import java.time.Duration;

/**
 * One timed injection of a scenario file.
 *
 * @param line   1-based line in the file, for messages
 * @param at     time after start
 * @param target a metric name or {@code state}
 * @param value  a number or {@code release} for a metric; {@code offline}, {@code online}, {@code garbage}
 *               for the state
 */
public record ScenarioStep(int line, Duration at, String deviceId, String target, String value) {}
