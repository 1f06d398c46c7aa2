package dev.rackd.config;

import dev.rackd.config.Amplifier.AmpKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AES70 amp's {@code oca_objects}: role name to object number (ONo), as the maker's documentation lists them. The
 * role's last word says what the object is and how rackd drives it (the AES70 driver reads the same words): a name
 * it does not know would leave the amp undriven at the show, so it is refused here.
 */
final class OcaObjects {
    private static final Pattern ROLE = Pattern.compile("(?:ch([0-9]{1,2})_)?([a-z][a-z0-9_]{0,47})");
    private static final String RULE = "role names such as ch1_gain, ch1_mute, ch1_temperature, ch1_impedance mapped"
            + " to object numbers 1 to 0xFFFFFFFF";
    /** A channel's own controls and load: exactly {@code chN_gain}, {@code chN_mute}, {@code chN_impedance}. */
    private static final List<String> PER_CHANNEL = List.of("gain", "mute", "impedance");
    /** Sensors, for a channel or the amp: {@code ch1_temperature}, {@code psu_temperature}, {@code mains_voltage}. */
    private static final List<String> SENSORS = List.of("temperature", "voltage", "clip", "protect", "fault");
    private static final String KNOWN = "chN_gain, chN_mute, chN_impedance, *_temperature, *_voltage, *_clip,"
            + " *_protect, *_fault or standby";

    private OcaObjects() {}

    static Map<String, Long> read(Fields amp, AmpKind kind, int channels) {
        if (kind != AmpKind.AES70) {
            if (amp.has("oca_objects")) {
                amp.error("oca_objects", "object numbers are for AES70 amps; allowed: oca_objects only with kind"
                        + " aes70");
            }
            return Map.of();
        }
        if (!amp.has("oca_objects")) {
            amp.missing("oca_objects", RULE + " (the amp maker's AES70 documentation lists them)");
            return Map.of();
        }
        Fields f = amp.section("oca_objects", null);
        Map<String, Long> objects = new LinkedHashMap<>();
        for (String role : f.keys()) {
            Matcher m = ROLE.matcher(role);
            if (!m.matches()) {
                f.keyError(role, Values.quote(role) + " is not a role name; allowed: " + RULE);
                continue;
            }
            if (m.group(1) != null) {
                int channel = Integer.parseInt(m.group(1));
                if (channel < 1 || channel > channels) {
                    f.keyError(role, "channel " + channel + " does not exist on this " + channels
                            + "-channel amp; allowed: ch1 to ch" + channels);
                    continue;
                }
            }
            if (!known(m.group(1) != null, m.group(2))) {
                f.keyError(role, Values.quote(role) + " is no role rackd knows"
                        + hint(m.group(1), m.group(2)).orElse("; allowed: " + KNOWN));
                continue;
            }
            f.optionalInteger(role, 1, 0xFFFF_FFFFL, "").ifPresent(ono -> {
                String other = owner(objects, ono);
                if (other != null) {
                    f.error(role, "object " + String.format(Locale.ROOT, "0x%X", ono) + " is already " + other
                            + "; one object number per role");
                }
                objects.put(role, ono);
            });
        }
        if (objects.isEmpty() && f.keys().isEmpty()) {
            amp.error("oca_objects", "no object numbers listed; required: " + RULE);
        }
        return objects;
    }

    /** The metric the driver reports a role's readings under: its name, {@code chN_impedance} as {@code chN_load}. */
    static String metric(String role) {
        return role.endsWith("_impedance") ? role.substring(0, role.length() - "impedance".length()) + "load" : role;
    }

    private static boolean known(boolean onChannel, String rest) {
        if (PER_CHANNEL.contains(rest)) {
            return onChannel;
        }
        if (rest.equals("standby")) {
            return !onChannel;
        }
        return SENSORS.stream().anyMatch(s -> rest.equals(s) || rest.endsWith("_" + s));
    }

    /** {@code ch1_gian}: did you mean {@code ch1_gain}? The last word is matched, the rest kept. */
    private static Optional<String> hint(String channel, String rest) {
        int cut = rest.lastIndexOf('_');
        String head = (channel == null ? "" : "ch" + channel + "_") + (cut < 0 ? "" : rest.substring(0, cut + 1));
        List<String> words = new ArrayList<>(SENSORS);
        if (channel != null && cut < 0) {
            words.addAll(PER_CHANNEL);
        }
        return NearestName.to(rest.substring(cut + 1), words).map(w -> "; did you mean '" + head + w + "'?");
    }

    private static String owner(Map<String, Long> objects, long ono) {
        return objects.entrySet().stream().filter(e -> e.getValue() == ono).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
