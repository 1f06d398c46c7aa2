package dev.rackd.rig.wireless;

import java.util.Locale;

/**
 * Fault injection for the wireless simulators, in the words of {@code sim/<device>/<target>}:
 * target {@code state} with {@code offline}, {@code online}, {@code garbage} (nothing but nonsense until
 * {@code online}, as for every simulated device) or {@code silence}; a metric
 * ({@code ch<N>_battery_bars}, {@code ch<N>_battery_minutes}, {@code ch<N>_rf} dBm, {@code ch<N>_audio} dBFS,
 * {@code ch<N>_interference} 0/1, {@code ch<N>_mute} 0/1) with a number or {@code release}; {@code ch<N>_battery}
 * with {@code dying} or {@code release}.
 */
final class WirelessFaults {
    /** Back to the simulated value, as docs/mqtt.md promises for every metric injection. */
    private static final String RELEASE = "release";

    private WirelessFaults() {}

    static void shure(ShureReceiverSim sim, String deviceId, String target, String value) {
        if (target.equals("state")) {
            switch (value) {
                case "offline" -> sim.refuse(true);
                case "online" -> {
                    sim.refuse(false);
                    sim.silence(false);
                    sim.garbled(false);
                }
                case "garbage" -> sim.garbled(true);
                case "silence" -> sim.silence(true);
                default -> throw badState(deviceId, value);
            }
            return;
        }
        Metric m = Metric.parse(deviceId, target);
        if (value.equals(RELEASE)) {
            sim.release(m.channel(), m.name());
            return;
        }
        switch (m.name()) {
            case "battery" -> requireDying(deviceId, target, value, () -> sim.drainBattery(m.channel()));
            case "battery_bars" -> sim.batteryBars(m.channel(), m.number(value, 0, 255));
            case "battery_minutes" -> sim.batteryMinutes(m.channel(), m.number(value, 0, 65_535));
            case "rf" -> sim.rf(m.channel(), m.number(value, -128, 0));
            case "audio" -> sim.audio(m.channel(), m.number(value, -120, 0));
            case "interference" -> sim.interference(m.channel(), m.number(value, 0, 1) == 1);
            case "mute" -> sim.mute(m.channel(), m.number(value, 0, 1) == 1);
            default -> throw m.unknown();
        }
    }

    static void sennheiser(SennheiserReceiverSim sim, String deviceId, String target, String value) {
        if (target.equals("state")) {
            switch (value) {
                case "offline", "silence" -> sim.silence(true);
                case "online" -> {
                    sim.silence(false);
                    sim.garbled(false);
                }
                case "garbage" -> sim.garbled(true);
                default -> throw badState(deviceId, value);
            }
            return;
        }
        Metric m = Metric.parse(deviceId, target);
        if (m.channel() != 1) {
            throw new IllegalArgumentException(deviceId + " is a one-channel Sennheiser receiver: use ch1_...");
        }
        if (value.equals(RELEASE)) {
            switch (m.name()) {
                case "battery", "battery_bars" -> sim.battery(100);
                case "rf", "interference" -> sim.interference(false);
                case "mute" -> sim.mute(0);
                default -> throw m.unknown();
            }
            return;
        }
        switch (m.name()) {
            case "battery" -> requireDying(deviceId, target, value, sim::drainBattery);
            case "battery_bars" -> sim.battery(m.number(value, -1, 5) < 0 ? -1 : m.number(value, -1, 5) * 20);
            case "rf" -> sim.rf((int) Math.round((m.number(value, -107, -27) + 107) / 0.4));
            case "interference" -> sim.interference(m.number(value, 0, 1) == 1);
            case "mute" -> sim.mute(m.number(value, 0, 1) == 1 ? 8 : 0);
            default -> throw m.unknown();
        }
    }

    static void scanner(RfExplorerSim sim, String deviceId, String target, String value) {
        if (!target.equals("state")) {
            throw new IllegalArgumentException(deviceId + " is a spectrum scanner: only 'state' can be injected");
        }
        try {
            switch (value) {
                case "offline" -> sim.unplug();
                case "online" -> {
                    sim.silence(false);
                    sim.garbled(false);
                    sim.replug();
                }
                case "garbage" -> sim.garbled(true);
                case "silence" -> sim.silence(true);
                default -> throw badState(deviceId, value);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(deviceId + ": could not plug the scanner back in: " + e.getMessage(), e);
        }
    }

    private static void requireDying(String deviceId, String target, String value, Runnable drain) {
        if (!value.equals("dying")) {
            throw new IllegalArgumentException(deviceId + "/" + target + " takes 'dying', not '" + value + "'");
        }
        drain.run();
    }

    private static IllegalArgumentException badState(String deviceId, String value) {
        return new IllegalArgumentException(deviceId + ": state '" + value
                + "' is not one of offline, online, garbage, silence");
    }

    /** {@code ch<N>_<name>}. */
    private record Metric(String deviceId, String target, int channel, String name) {
        static Metric parse(String deviceId, String target) {
            var m = java.util.regex.Pattern.compile("ch([1-8])_([a-z_]+)").matcher(target.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(deviceId + ": '" + target + "' is not a channel metric like ch1_rf");
            }
            return new Metric(deviceId, target, Integer.parseInt(m.group(1)), m.group(2));
        }

        int number(String value, int min, int max) {
            int v;
            try {
                v = (int) Math.round(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(deviceId + "/" + target + ": '" + value + "' is not a number");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(deviceId + "/" + target + ": " + value + " is out of range (" + min
                        + " to " + max + ")");
            }
            return v;
        }

        IllegalArgumentException unknown() {
            return new IllegalArgumentException(deviceId + ": cannot inject '" + target + "'; try battery_bars, "
                    + "battery_minutes, rf, audio, interference, mute or battery=dying");
        }
    }
}
