package dev.rackd.rig.power;

/**
 * One simulated temperature: a resting value with a slow wander, or what injection made of it, pinned
 * ({@code temperature 62}) or ramping from where it is ({@code temperature_rate 3} = +3 °C per minute).
 */
final class TemperatureModel {
    private final double restingC;
    private final long t0 = System.nanoTime();
    private Double pinnedC;
    private double rampPerMinute;
    private double rampFromC;
    private long rampStartNanos;

    TemperatureModel(double restingC) {
        this.restingC = restingC;
    }

    synchronized double celsius() {
        if (rampPerMinute != 0) {
            return rampFromC + rampPerMinute * (System.nanoTime() - rampStartNanos) / 60e9;
        }
        if (pinnedC != null) {
            return pinnedC;
        }
        return restingC + 1.5 * Math.sin(2 * Math.PI * (System.nanoTime() - t0) / 600e9);
    }

    synchronized void pin(double c) {
        rampPerMinute = 0;
        pinnedC = c;
    }

    synchronized void ramp(double perMinute) {
        rampFromC = celsius();
        rampStartNanos = System.nanoTime();
        rampPerMinute = perMinute;
    }

    synchronized void release() {
        rampPerMinute = 0;
        pinnedC = null;
    }
}
