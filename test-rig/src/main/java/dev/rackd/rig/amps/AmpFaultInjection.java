package dev.rackd.rig.amps;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code sim/<amp>/<target>} can do to a simulated amp. Targets: {@code state} (offline, online, garbage,
 * wrong_crc, slow); per channel {@code chN_gain} and {@code chN_mute} (someone at the amp's front panel),
 * {@code chN_load} (ohms, open or short), {@code chN_temperature} (°C, held until released: a failing fan),
 * {@code chN_drive} (music level 0..1); amp-wide {@code mains_fault}, {@code fan_fault}, {@code standby} (0/1)
 * and {@code packet_loss} (0..1). Every one of them takes {@code release}: the channel goes back to how the show
 * file set it up (gain, mute, load, drive), the temperature to the heat model, the amp-wide faults off.
 */
final class AmpFaultInjection {
    private static final String RELEASE = "release";
    private static final Pattern CHANNEL = Pattern.compile("ch(\\d{1,2})_(gain|mute|load|temperature|drive)");

    private AmpFaultInjection() {}

    static void apply(SimulatedAmpEndpoint amp, String deviceId, String target, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (target.equals("state")) {
            state(amp.faults(), deviceId, v);
            return;
        }
        Matcher m = CHANNEL.matcher(target);
        if (m.matches()) {
            int ch = Integer.parseInt(m.group(1));
            if (ch < 1 || ch > amp.model().channelCount()) {
                throw new IllegalArgumentException(deviceId + " has channels 1 to " + amp.model().channelCount() + ", not " + ch);
            }
            if (v.equals(RELEASE)) {
                release(amp.model(), ch, m.group(2));
            } else {
                channel(amp.model(), ch, m.group(2), v, deviceId + " " + target);
            }
            return;
        }
        switch (target) {
            case "mains_fault" -> amp.model().setMainsFault(flag(v, target));
            case "fan_fault" -> amp.model().setFanFault(flag(v, target));
            case "standby" -> amp.model().setStandby(flag(v, target));
            case "packet_loss" -> amp.faults().loss(v.equals(RELEASE) ? 0 : number(v, target));
            default -> throw new IllegalArgumentException("an amplifier has no '" + target + "'; targets: state, chN_gain,"
                    + " chN_mute, chN_load, chN_temperature, chN_drive, mains_fault, fan_fault, standby, packet_loss");
        }
    }

    private static void state(SimFaults f, String deviceId, String v) {
        switch (v) {
            case "offline" -> f.offline(true);
            case "online", RELEASE -> f.clear();
            case "garbage" -> f.garbage(true);
            case "wrong_crc" -> f.wrongCrc(true);
            case "slow" -> f.slow(2000);
            default -> throw new IllegalArgumentException(deviceId + " state '" + v
                    + "' is not one of offline, online, garbage, wrong_crc, slow");
        }
    }

    private static void channel(SimulatedAmp amp, int ch, String quantity, String v, String what) {
        switch (quantity) {
            case "gain" -> amp.setGain(ch, number(v, what));
            case "mute" -> amp.setMute(ch, number(v, what) != 0);
            case "load" -> {
                if (v.equals("open") || v.equals("short")) {
                    amp.setLoadFault(ch, v);
                } else {
                    double ohms = number(v, what);
                    amp.setLoadFault(ch, "none");
                    amp.setNominalLoad(ch, ohms);
                }
            }
            case "temperature" -> amp.forceTemperature(ch, number(v, what));
            default -> amp.setDrive(ch, number(v, what));
        }
    }

    private static void release(SimulatedAmp amp, int ch, String quantity) {
        SimulatedChannel.Setup setup = amp.setup(ch);
        switch (quantity) {
            case "gain" -> amp.setGain(ch, setup.gainDb());
            case "mute" -> amp.setMute(ch, setup.muted());
            case "load" -> {
                amp.setLoadFault(ch, "none");
                amp.setNominalLoad(ch, setup.nominalOhms());
            }
            case "temperature" -> amp.releaseTemperature(ch);
            default -> amp.setDrive(ch, setup.drive());
        }
    }

    /** An amp-wide fault: 1 or 0, and release turns it off. */
    private static boolean flag(String v, String what) {
        return !v.equals(RELEASE) && number(v, what) != 0;
    }

    private static double number(String v, String what) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException(what + ": '" + v + "' is not a number");
    }
}
