package dev.rackd.rig.wireless;

import java.util.Locale;

/**
 * Fault injection for the wireless simulators, in the words of {@code sim/<device>/<target>}:
 * target {@code state} with {@code offline}, {@code online}, {@code garbage} (nothing but nonsense until
 * {@code online}, as for every simulated device) or {@code silence}; a metric
 * ({@code ch<N>_battery_bars}, {@code ch<N>_battery_minutes}, {@code ch<N>_rf} dBm, {@code ch<N>_audio} dBFS,
 * {@code ch<N>_interference} 0/1, {@code ch<N>_mute} 0/1) with a number; {@code ch<N>_battery} with {@code dying}.
 * Every metric takes {@code release}: back to a fresh transmitter near the stage (full battery that no longer runs
 * down, good RF, speech level, no interference, unmuted).
 */
final class WirelessFaults {
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
            releaseShure(sim, m);
            return;
        }
        switch (m.name()) {
            case "battery" -> requireDying(deviceId, target, value, () -> sim.drainBattery(m.channel()));
            case "battery_bars" -> sim.set(m.channel(), "TX_BATT_BARS", Integer.toString(m.number(value, 0, 255)));
            case "battery_minutes" -> sim.set(m.channel(), "TX_BATT_MINS", Integer.toString(m.number(value, 0, 65_535)));
            case "rf" -> sim.set(m.channel(), "RF_LEVEL", Integer.toString(m.number(value, -128, -13) + 128));
            case "audio" -> sim.set(m.channel(), "AUDIO_LEVEL", Integer.toString(m.number(value, -50, 0) + 50));
            case "interference" -> sim.interference(m.channel(), m.number(value, 0, 1) == 1);
            case "mute" -> sim.set(m.channel(), "AUDIO_MUTE", m.number(value, 0, 1) == 1 ? "ON" : "OFF");
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
            releaseSennheiser(sim, m);
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

    private static void releaseShure(ShureReceiverSim sim, Metric m) {
        int ch = m.channel();
        switch (m.name()) {
            case "battery", "battery_bars", "battery_minutes" -> {
                sim.stopDraining(ch);
                if (!m.name().equals("battery_minutes")) {
                    sim.set(ch, "TX_BATT_BARS", Integer.toString(ShureChannelState.FRESH_BATTERY_BARS));
                }
                if (!m.name().equals("battery_bars")) {
                    sim.set(ch, "TX_BATT_MINS", Integer.toString(ShureChannelState.FRESH_BATTERY_MINUTES));
                }
            }
            case "rf" -> sim.set(ch, "RF_LEVEL", Integer.toString(ShureChannelState.GOOD_RF_LEVEL));
            case "audio" -> sim.set(ch, "AUDIO_LEVEL", Integer.toString(ShureChannelState.SPEECH_AUDIO_LEVEL));
            case "interference" -> sim.interference(ch, false);
            case "mute" -> sim.set(ch, "AUDIO_MUTE", "OFF");
            default -> throw m.unknown();
        }
    }

    private static void releaseSennheiser(SennheiserReceiverSim sim, Metric m) {
        switch (m.name()) {
            case "battery", "battery_bars" -> {
                sim.stopDraining();
                sim.battery(SennheiserReceiverSim.FULL_BATTERY_PERCENT);
            }
            case "rf", "interference" -> sim.interference(false);
            case "mute" -> sim.mute(0);
            default -> throw m.unknown();
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
