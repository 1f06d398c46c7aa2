package dev.rackd.config;

import java.time.Duration;
import java.util.List;

/**
 * One step of the amp power-on sequence: close {@code relay} then wait {@code delay} before the next.
 * Power-off runs the steps in reverse.
 *
 * @param relay  id of a {@link GpioOutput} with role RELAY
 * @param amps   ids of the amplifiers the relay feeds, each expected online within {@code comeUp} of it closing
 * @param comeUp how long its amps may take to boot and answer after their power
 */
public record SequenceStep(String relay, String label, Duration delay, List<String> amps, Duration comeUp) {
    /** An amp's boot, from its mains to answering on the network. */
    public static final Duration COME_UP = Duration.ofSeconds(30);

    public SequenceStep {
        amps = List.copyOf(amps);
    }

    /** A step that names no amps. */
    public SequenceStep(String relay, String label, Duration delay) {
        this(relay, label, delay, List.of(), COME_UP);
    }
}
