package dev.rackd.hal.amps.aes70;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a device model's object map, read by its name: the suffix says which AES70 class the object
 * is, and the name (with {@code _impedance} spoken as {@code _load}) is the metric rackd reports.
 *
 * <pre>
 * chN_gain         OcaGain              dB
 * chN_mute         OcaMute              0/1
 * *_temperature    OcaTemperatureSensor °C
 * *_voltage        OcaVoltageSensor     V
 * chN_impedance    OcaImpedanceSensor   Ω, reported as chN_load
 * *_clip, *_protect, *_fault   OcaBooleanSensor  0/1
 * standby          OcaBooleanActuator   0/1 (true = in standby)
 * </pre>
 *
 * @param channel the N of {@code chN_}, or 0 for the amp as a whole
 */
public record Aes70Role(String name, Kind kind, long ono, int channel, String metric) {
    public enum Kind { GAIN, MUTE, TEMPERATURE, VOLTAGE, IMPEDANCE, FLAG, STANDBY }

    private static final Pattern CHANNEL = Pattern.compile("ch(\\d{1,2})_(.+)");
    private static final String KNOWN = "use chN_gain, chN_mute, chN_impedance, *_temperature, *_voltage, *_clip,"
            + " *_protect, *_fault or standby";

    /** Every role of the map, or an IllegalArgumentException naming the first one that makes no sense. */
    public static List<Aes70Role> all(String deviceId, int channels, Map<String, Long> objects) {
        List<Aes70Role> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : objects.entrySet()) {
            out.add(of(deviceId, channels, e.getKey(), e.getValue()));
        }
        out.sort(java.util.Comparator.comparing(Aes70Role::name));
        return List.copyOf(out);
    }

    static Aes70Role of(String deviceId, int channels, String name, long ono) {
        Ocp1Bounds.u32("object number of " + name, ono);
        Matcher m = CHANNEL.matcher(name);
        int channel = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        String rest = m.matches() ? m.group(2) : name;
        if (m.matches() && (channel < 1 || channel > channels)) {
            throw new IllegalArgumentException("amp " + deviceId + ": object role '" + name + "' names channel "
                    + channel + " of a " + channels + "-channel amp");
        }
        Kind kind = kind(rest);
        boolean perChannel = kind == Kind.GAIN || kind == Kind.MUTE || kind == Kind.IMPEDANCE;
        if (kind == null || perChannel && (channel == 0 || rest.contains("_"))
                || kind == Kind.STANDBY && !name.equals("standby")) {
            throw new IllegalArgumentException("amp " + deviceId + ": object role '" + name + "' is not one rackd knows; " + KNOWN);
        }
        String metric = kind == Kind.IMPEDANCE ? name.substring(0, name.length() - "impedance".length()) + "load" : name;
        return new Aes70Role(name, kind, ono, channel, metric);
    }

    private static Kind kind(String rest) {
        for (String[] s : new String[][] {{"gain", "GAIN"}, {"mute", "MUTE"}, {"temperature", "TEMPERATURE"},
                {"voltage", "VOLTAGE"}, {"impedance", "IMPEDANCE"}, {"clip", "FLAG"}, {"protect", "FLAG"},
                {"fault", "FLAG"}, {"standby", "STANDBY"}}) {
            if (rest.equals(s[0]) || rest.endsWith("_" + s[0])) {
                return Kind.valueOf(s[1]);
            }
        }
        return null;
    }
}
