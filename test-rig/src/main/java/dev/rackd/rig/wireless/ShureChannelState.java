package dev.rackd.rig.wireless;

/**
 * One simulated Shure receiver channel: frequency kHz, gain 0-60 (-18..+42 dB), RF dBm and audio dBFS (each family
 * scales them for its SAMPLE frame, {@link ShureDialect}), battery bars 0-5 or 255, minutes or 65535/65534. Guarded
 * by the simulator's lock.
 */
final class ShureChannelState {
    String name;
    long frequencyKhz;
    int gain = 30;
    boolean mute;
    int batteryBars;
    int batteryMinutes;
    double rfDbm;
    double audioDbfs;
    boolean interference;
    boolean draining;

    ShureChannelState(String name, long frequencyKhz) {
        this.name = name;
        this.frequencyKhz = frequencyKhz;
        for (String m : new String[] {"battery", "rf", "audio"}) {
            release(m);
        }
    }

    /**
     * Back to the simulated normal: a fresh battery (5 bars, 8 hours), a transmitter at -48 dBm speaking at
     * -20 dBFS, no interference, not muted.
     *
     * @param metric {@code battery} (bars, minutes and any drain), {@code battery_bars}, {@code battery_minutes},
     *               {@code rf}, {@code audio}, {@code interference} or {@code mute}
     * @return false for a name it does not know
     */
    boolean release(String metric) {
        switch (metric) {
            case "battery" -> {
                draining = false;
                batteryBars = 5;
                batteryMinutes = 480;
            }
            case "battery_bars" -> batteryBars = 5;
            case "battery_minutes" -> batteryMinutes = 480;
            case "rf" -> rfDbm = -48;
            case "audio" -> audioDbfs = -20;
            case "interference" -> interference = false;
            case "mute" -> mute = false;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** One tick of a dying battery: a bar and 30 minutes (2 hours while more than 2 are left) less; false when flat. */
    boolean drainOnce() {
        if (!draining || batteryBars <= 0 || batteryBars > 5) {
            return false;
        }
        batteryBars--;
        batteryMinutes = Math.max(0, batteryMinutes - 30 * (batteryMinutes > 120 ? 4 : 1));
        return true;
    }

    /**
     * What a receiver talking nonsense sends instead of {@code frame}: well delimited frames, metering for the right
     * channel with unreadable values, reports without a property.
     */
    static String nonsenseFor(String frame) {
        String[] t = frame.split(" ");
        return frame.startsWith("< SAMPLE ") && t.length > 2 ? "< SAMPLE " + t[2] + " ALL ?? #!# ~~ >"
                : "< REP ?? %% >";
    }
}
