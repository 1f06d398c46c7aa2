package dev.rackd.app.power;

/** One sequencing relay. Implementations may throw a RuntimeException if the output cannot be driven. */
@FunctionalInterface
public interface Relay {
    void set(boolean energised);
}
