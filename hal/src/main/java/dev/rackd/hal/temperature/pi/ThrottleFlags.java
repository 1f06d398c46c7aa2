package dev.rackd.hal.temperature.pi;

import dev.rackd.hal.temperature.SysfsFormatException;
import java.util.List;
import java.util.Locale;

/**
 * The Raspberry Pi firmware's throttling word, as {@code vcgencmd get_throttled} prints it
 * ({@code throttled=0x50005}) or the kernel's {@code /sys/devices/platform/soc/soc:firmware/get_throttled}
 * holds it (hex without 0x). Bits 0-3 are the state now, bits 16-19 the same since boot.
 */
public record ThrottleFlags(int bits) {
    /** Metric names of bits 0..3; the since-boot bits add {@code _since_boot}. */
    public static final List<String> NAMES = List.of("under_voltage", "frequency_capped", "throttled",
            "soft_temp_limit");

    public static ThrottleFlags parse(String text) throws SysfsFormatException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("throttled=")) {
            t = t.substring("throttled=".length());
        }
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        if (!t.matches("[0-9a-f]{1,8}")) {
            throw new SysfsFormatException("throttling flags are not a hex word: '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text.strip()) + "'");
        }
        return new ThrottleFlags((int) Long.parseLong(t, 16));
    }

    /** Bit {@code n} (0..3) now. */
    public boolean now(int n) {
        return (bits & (1 << n)) != 0;
    }

    /** Bit {@code n} (0..3) at any time since boot. */
    public boolean sinceBoot(int n) {
        return (bits & (1 << (16 + n))) != 0;
    }

    public boolean underVoltageNow() {
        return now(0);
    }
}
