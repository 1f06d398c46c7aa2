package dev.rackd.rig.wireless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How each Shure receiver family says things, as its command strings document describes it: the names of the
 * battery and interference properties, whether it has a mute, and the layout and scale of its {@code SAMPLE}
 * metering frame. Written for the simulator from those descriptions, independently of the driver.
 */
public enum ShureDialect {
    /** ULX-D and QLX-D: antenna letters, RF 000-115 from -128 dBm, audio 000-050 from -50 dBFS. */
    ULXD("BATT_BARS", "BATT_RUN_TIME", "RF_INT_DET", true),
    /** SLX-D: audio peak, audio RMS and one RSSI, each 000-120 from -120; no mute, no interference report. */
    SLXD("TX_BATT_BARS", "TX_BATT_MINS", null, false),
    /** Axient Digital: quality, audio bitmap, peak, RMS, then antenna status and a (bitmap, RSSI) pair per antenna. */
    AXIENT("TX_BATT_BARS", "TX_BATT_MINS", "INTERFERENCE_STATUS", true);

    final String batteryBars;
    final String batteryMinutes;
    /** Null where the family reports no interference. */
    final String interference;
    final boolean hasMute;

    ShureDialect(String batteryBars, String batteryMinutes, String interference, boolean hasMute) {
        this.batteryBars = batteryBars;
        this.batteryMinutes = batteryMinutes;
        this.interference = interference;
        this.hasMute = hasMute;
    }

    /** What {@code < GET x ALL >} reports for a channel, in order ({@code METER_RATE} is the connection's own). */
    List<String> allProperties() {
        List<String> all = new ArrayList<>(List.of("CHAN_NAME", "FREQUENCY", "AUDIO_GAIN"));
        if (hasMute) {
            all.add("AUDIO_MUTE");
        }
        if (interference != null) {
            all.add(interference);
        }
        all.addAll(List.of(batteryBars, batteryMinutes, "METER_RATE"));
        return all;
    }

    /** A channel property's value as this family writes it, or null for a property it does not have. */
    String value(ShureChannelState s, String prop) {
        if (prop.equals(batteryBars)) {
            return String.format(Locale.ROOT, "%03d", s.batteryBars);
        }
        if (prop.equals(batteryMinutes)) {
            return String.format(Locale.ROOT, "%05d", s.batteryMinutes);
        }
        if (prop.equals(interference)) {
            return s.interference ? "CRITICAL" : "NONE";
        }
        return switch (prop) {
            case "CHAN_NAME" -> "{" + String.format(Locale.ROOT, "%-31s", s.name) + "}";
            // ULX-D reports six digits, the newer families seven (0578350)
            case "FREQUENCY" -> String.format(Locale.ROOT, this == ULXD ? "%06d" : "%07d", s.frequencyKhz);
            case "AUDIO_GAIN" -> String.format(Locale.ROOT, "%03d", s.gain);
            case "AUDIO_MUTE" -> hasMute ? (s.mute ? "ON" : "OFF") : null;
            default -> null;
        };
    }

    /** One channel's metering frame; antenna B of the digital families reads 6 dB below antenna A. */
    String sample(int channel, double rfDbm, double audioDbfs) {
        return switch (this) {
            case ULXD -> String.format(Locale.ROOT, "< SAMPLE %d ALL AX %03d %03d >", channel,
                    clamp(rfDbm + 128, 115), clamp(audioDbfs + 50, 50));
            case SLXD -> String.format(Locale.ROOT, "< SAMPLE %d ALL %03d %03d %03d >", channel,
                    clamp(audioDbfs + 120, 120), clamp(audioDbfs - 8 + 120, 120), clamp(rfDbm + 120, 120));
            case AXIENT -> String.format(Locale.ROOT, "< SAMPLE %d ALL 005 031 %03d %03d BB 31 %03d 31 %03d >", channel,
                    clamp(audioDbfs + 120, 120), clamp(audioDbfs - 8 + 120, 120), clamp(rfDbm + 120, 120),
                    clamp(rfDbm - 6 + 120, 120));
        };
    }

    private static long clamp(double v, int max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }
}
