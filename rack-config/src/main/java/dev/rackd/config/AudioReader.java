package dev.rackd.config;

import dev.rackd.config.AudioSettings.FeedbackMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code audio:} — the audio interface and the processing on it. */
final class AudioReader {
    static final List<String> KEYS = List.of("input_device", "output_device", "sample_rate", "block_size", "channels",
            "feedback_mode", "max_notches", "limiter_dbtp", "cushion_blocks");
    private static final Set<Long> RATES = Set.of(44_100L, 48_000L, 88_200L, 96_000L);

    private AudioReader() {}

    static Optional<AudioSettings> read(Fields root, Registry registry) {
        if (!root.present("audio")) {
            return Optional.empty();
        }
        registry.reserveId(root, "audio", AudioSettings.DEVICE_ID);
        Fields f = root.section("audio", KEYS);
        long rate = f.optionalInteger("sample_rate", 8_000, 192_000, "Hz").orElse(48_000);
        if (!RATES.contains(rate)) {
            f.error("sample_rate", rate + " Hz is not a supported sample rate; allowed: 44100, 48000, 88200, 96000");
            rate = 48_000;
        }
        long block = f.optionalInteger("block_size", 16, 4096, "frames").orElse(64);
        if (Long.bitCount(block) != 1) {
            f.error("block_size", block + " is not a power of two; allowed: 16, 32, 64, 128, 256, 512, 1024, 2048,"
                    + " 4096");
            block = 64;
        }
        return Optional.of(new AudioSettings(
                f.text("input_device", "default", "a sound device name (or part of it), or default"),
                f.text("output_device", "default", "a sound device name (or part of it), or default"),
                (int) rate,
                (int) block,
                f.integer("channels", 2, 1, 8, ""),
                f.choice("feedback_mode", FeedbackMode.class, FeedbackMode.LIVE, "feedback mode"),
                f.integer("max_notches", 24, 1, 24, "per channel"),
                f.number("limiter_dbtp", -1.0, -20, 0, "dBTP"),
                f.integer("cushion_blocks", AudioSettings.DEFAULT_CUSHION_BLOCKS, 1, 8, "blocks")));
    }
}
