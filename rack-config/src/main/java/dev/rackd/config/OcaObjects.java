package dev.rackd.config;

import dev.rackd.config.Amplifier.AmpKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An AES70 amp's {@code oca_objects}: role name to object number (ONo), as the maker's documentation lists them. */
final class OcaObjects {
    private static final Pattern ROLE = Pattern.compile("(?:ch([0-9]{1,2})_)?[a-z][a-z0-9_]{0,47}");
    private static final String RULE = "role names such as ch1_gain, ch1_mute, ch1_temperature, ch1_impedance mapped"
            + " to object numbers 1 to 0xFFFFFFFF";

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
                }
            }
            f.optionalInteger(role, 1, 0xFFFF_FFFFL, "").ifPresent(ono -> objects.put(role, ono));
        }
        if (objects.isEmpty() && f.keys().isEmpty()) {
            amp.error("oca_objects", "no object numbers listed; required: " + RULE);
        }
        return objects;
    }
}
