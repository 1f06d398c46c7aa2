package dev.rackd.app.core;

/**
 * One domain of the rack (power, audio, wireless, amps): maps its part of the show file onto drivers,
 * turns readings into domain metrics, raises its alerts and registers its commands.
 * Found through {@link java.util.ServiceLoader}; started in the order the service lists them.
 */
public interface DomainModule {
    /** Short lower-case name for logs: "power", "audio", ... */
    String name();

    /**
     * Creates the domain's drivers and attaches them to the context; returns promptly (no polling
     * here: drivers poll on their own threads once the service starts them).
     */
    void start(RackContext context) throws Exception;

    /** Stops what start created that the context does not own; never throws. */
    void stop();
}
