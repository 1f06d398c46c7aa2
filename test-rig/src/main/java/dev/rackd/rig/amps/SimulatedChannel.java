package dev.rackd.rig.amps;

/**
 * One output channel of a simulated amp: what the crew sets (gain, mute), what is plugged in (the load and
 * its faults), what the music does (drive) and what follows from it (voltage, power, heat, protection).
 * Guarded by the owning {@link SimulatedAmp}'s lock.
 */
final class SimulatedChannel {
    /** Output RMS voltage at 0 dB gain and full drive. */
    static final double VOLTS_AT_0_DB = 40.0;
    /** Rail limit: above this the channel clips. */
    static final double RAIL_VOLTS = 120.0;
    static final double LIMIT_C = 80.0;
    static final double SHUTDOWN_C = 90.0;
    /** Protection releases this far below where it engaged, as real amps do, so it does not chatter. */
    static final double RELEASE_K = 5.0;
    static final double OPEN_OHMS = 2000.0;
    static final double SHORT_OHMS = 0.3;
    /** Share of output power that turns into heat in the output stage. */
    static final double LOSS = 0.2;

    enum LoadFault { NONE, OPEN, SHORT }

    /** How the channel was set up (from the show file): what a released injection returns it to. */
    record Setup(double gainDb, boolean muted, double nominalOhms, double drive) {}

    final int number;
    double gainDb;
    boolean muted;
    double nominalOhms;
    LoadFault fault = LoadFault.NONE;
    /** Music level, 0 (silence) .. 1 (full); x rail headroom. */
    double drive;
    final ThermalModel heat = new ThermalModel(30.0, 0.25, 120.0);
    Setup setup;

    SimulatedChannel(int number, double gainDb, boolean muted, double nominalOhms) {
        this.number = number;
        this.gainDb = gainDb;
        this.muted = muted;
        this.nominalOhms = nominalOhms;
        this.setup = new Setup(gainDb, muted, nominalOhms, 0.0);
    }

    double loadOhms() {
        return switch (fault) {
            case OPEN -> OPEN_OHMS;
            case SHORT -> SHORT_OHMS;
            case NONE -> nominalOhms;
        };
    }

    private boolean limiting;
    private boolean shutDown;

    /** Limiting from {@link #LIMIT_C}: the thermal SOA pulls 6 dB. */
    boolean limiting() {
        return limiting;
    }

    /** Muted by heat from {@link #SHUTDOWN_C}. */
    boolean overTemperature() {
        return shutDown;
    }

    boolean lowLoadProtection() {
        return fault == LoadFault.SHORT;
    }

    boolean protecting() {
        return limiting() || overTemperature() || lowLoadProtection();
    }

    /** What the output would swing without the rail. */
    double wantedVolts(boolean standby) {
        if (muted || standby || overTemperature() || lowLoadProtection()) {
            return 0;
        }
        double v = drive * VOLTS_AT_0_DB * Math.pow(10, gainDb / 20);
        return limiting() ? v / 2 : v;
    }

    double outputVolts(boolean standby) {
        return Math.min(RAIL_VOLTS, wantedVolts(standby));
    }

    boolean clipping(boolean standby) {
        return wantedVolts(standby) > RAIL_VOLTS;
    }

    double outputWatts(boolean standby) {
        double v = outputVolts(standby);
        return v * v / loadOhms();
    }

    void advance(double seconds, boolean standby) {
        heat.step(seconds, outputWatts(standby) * LOSS);
        double t = heat.temperatureC();
        limiting = t >= LIMIT_C || limiting && t > LIMIT_C - RELEASE_K;
        shutDown = t >= SHUTDOWN_C || shutDown && t > SHUTDOWN_C - RELEASE_K;
    }
}
