package dev.rackd.rig.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A sound card made of two files, for machines without one: an {@code .asoundrc} in a HOME of its own makes ALSA's
 * default device capture from {@code IN.raw} and play into {@code OUT.raw} (the file plugin over the null device).
 * A JVM started with {@link #environment()} sees it as Java Sound's default mixer.
 *
 * <p>Capture and playback are separate file plugins joined by {@code asym}: a single file plugin used for both
 * directions also writes what it captures into its output file, so capture and playback overwrite each other there.
 * The plugin does no real-time pacing (the device runs as fast as it is read), truncates {@code OUT.raw} when
 * playback opens, and after the end of {@code IN.raw} hands out stale buffer contents rather than silence.
 * Without {@code IN.raw} the capture side cannot be opened: that is this card unplugged.
 */
public final class AlsaFileCard {
    private final Path home;

    private AlsaFileCard(Path home) {
        this.home = home;
    }

    /** Sets the card up in {@code home} (created if need be), unplugged until {@link #plugIn} is called. */
    public static AlsaFileCard in(Path home) throws IOException {
        Files.createDirectories(home);
        AlsaFileCard card = new AlsaFileCard(home.toAbsolutePath());
        Files.writeString(home.resolve(".asoundrc"), """
                pcm.!default {
                  type asym
                  playback.pcm { type file slave.pcm "null" file "%s" format "raw" }
                  capture.pcm { type file slave.pcm "null" file "/dev/null" infile "%s" format "raw" }
                }
                """.formatted(card.playbackFile(), card.captureFile()));
        return card;
    }

    public Path captureFile() {
        return home.resolve("IN.raw");
    }

    public Path playbackFile() {
        return home.resolve("OUT.raw");
    }

    /** What a child JVM needs to see this card: its HOME. */
    public Map<String, String> environment() {
        return Map.of("HOME", home.toString());
    }

    /** Plugs the card in with {@code interleaved} as everything it will capture (appearing whole, by rename). */
    public void plugIn(float[] interleaved, RawPcm format) throws IOException {
        Path tmp = home.resolve("IN.raw.tmp");
        Files.write(tmp, format.encode(interleaved));
        Files.move(tmp, captureFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Takes the card away: the next open of the capture side fails. */
    public void unplug() throws IOException {
        Files.deleteIfExists(captureFile());
    }

    /** Everything played so far, interleaved. */
    public float[] played(RawPcm format) throws IOException {
        return format.decode(Files.readAllBytes(playbackFile()));
    }
}
