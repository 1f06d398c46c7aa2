package dev.rackd.rig.amps;

/**
 * First-order heat model of one output stage: the heatsink settles at ambient + power x thermal resistance,
 * approaching it with the time constant. Enough to make temperature follow output power the way a real
 * channel does under a long loud passage. Fault injection can pin the temperature (a failing fan, a sensor
 * gone wrong); once released, the model carries on from the pinned value.
 */
final class ThermalModel {
    private final double ambientC;
    private final double kelvinPerWatt;
    private final double timeConstantSeconds;
    private double temperatureC;
    private boolean pinned;

    ThermalModel(double ambientC, double kelvinPerWatt, double timeConstantSeconds) {
        this.ambientC = ambientC;
        this.kelvinPerWatt = kelvinPerWatt;
        this.timeConstantSeconds = timeConstantSeconds;
        this.temperatureC = ambientC;
    }

    /** Advances by {@code seconds} of simulated time at a dissipated power of {@code watts}. */
    void step(double seconds, double watts) {
        if (pinned) {
            return;
        }
        double target = ambientC + watts * kelvinPerWatt;
        temperatureC = target + (temperatureC - target) * Math.exp(-seconds / timeConstantSeconds);
    }

    double temperatureC() {
        return temperatureC;
    }

    /** Holds the temperature at {@code celsius} until {@link #release}. */
    void pin(double celsius) {
        temperatureC = celsius;
        pinned = true;
    }

    /** Back to the heat model, which starts from where the pinned value left it. */
    void release() {
        pinned = false;
    }

    boolean pinned() {
        return pinned;
    }
}
