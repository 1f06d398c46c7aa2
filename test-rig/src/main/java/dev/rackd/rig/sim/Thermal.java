package dev.rackd.rig.sim;

/**
 * A first-order thermal mass: the temperature moves towards its target (ambient plus a rise proportional
 * to the load) with time constant {@code tauSeconds}, so it climbs during a set and falls at rest.
 */
final class Thermal {
    private final double ambientC;
    private final double riseAtFullLoadC;
    private final double tauSeconds;
    private double temperatureC;

    Thermal(double ambientC, double riseAtFullLoadC, double tauSeconds, double startLoad) {
        this.ambientC = ambientC;
        this.riseAtFullLoadC = riseAtFullLoadC;
        this.tauSeconds = tauSeconds;
        this.temperatureC = target(startLoad);
    }

    double step(double dtSeconds, double load) {
        temperatureC += (target(load) - temperatureC) * (1 - Math.exp(-dtSeconds / tauSeconds));
        return temperatureC;
    }

    private double target(double load) {
        return ambientC + riseAtFullLoadC * load;
    }
}
