package dev.rackd.config;

import dev.rackd.config.Amplifier.AmpChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An amp's {@code channel_settings}: the intended gain, mute and load per output channel. */
final class ChannelSettings {
    static final double MIN_GAIN_DB = -40;
    static final double MAX_GAIN_DB = 6;

    private ChannelSettings() {}

    static List<AmpChannel> read(Fields amp, int channels) {
        List<AmpChannel> settings = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Fields f : amp.items("channel_settings", AmplifierReader.CHANNEL_KEYS)) {
            var channel = f.requiredInteger("channel", 1, channels > 0 ? channels : 16, "", "1");
            if (channel.isPresent() && !seen.add(channel.getAsLong())) {
                f.error("channel", "channel " + channel.getAsLong() + " is set twice; allowed: each channel once");
            }
            int number = (int) channel.orElse(1);
            Setting min = f.setting("min_gain_db", MIN_GAIN_DB, -100, 30, "dB");
            Setting max = f.setting("max_gain_db", MAX_GAIN_DB, -100, 30, "dB");
            Setting gain = f.setting("gain_db", 0, -100, 30, "dB");
            if (Setting.ordered(f, min, max, true) && gain.usable()) {
                if (!gain.written()) {
                    // the gain nobody wrote is 0 dB: the limit that shuts it out is what to look at
                    Setting.ordered(f, min, gain, true);
                    Setting.ordered(f, gain, max, true);
                } else if (gain.value() < min.value() || gain.value() > max.value()) {
                    f.error("gain_db", Scalars.format(gain.value()) + " dB is outside this channel's limits; allowed: "
                            + min.said() + " to " + max.said());
                }
            }
            settings.add(new AmpChannel(
                    number,
                    f.text("name", "ch " + number, "any text, e.g. Sub L"),
                    gain.value(),
                    f.flag("muted", false),
                    min.value(),
                    max.value(),
                    f.number("load_ohms", 0, 0, 100, "Ω"),
                    f.number("load_tolerance_percent", 30, 1, 100, "%")));
        }
        return settings;
    }
}
