package dev.rackd.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A DSP amplifier on the rack's network.
 *
 * @param kind       protocol family
 * @param port       UDP 1234 for Powersoft, the device's OCP.1 TCP port for AES70
 * @param channels   output channel count (1..16)
 * @param settings   what the show file says each channel must be (gain, mute, expected load)
 * @param ocaObjects AES70 only: role name (e.g. {@code ch1_gain}, {@code ch1_mute}, {@code ch1_temperature},
 *                   {@code ch1_impedance}) to object number (ONo) for this device model
 */
public record Amplifier(
        String id,
        String label,
        AmpKind kind,
        String host,
        int port,
        int channels,
        List<AmpChannel> settings,
        Map<String, Long> ocaObjects,
        Duration poll) {

    public Amplifier {
        settings = List.copyOf(settings);
        ocaObjects = Map.copyOf(ocaObjects);
    }

    public enum AmpKind { POWERSOFT, AES70 }

    /** The show file's intent for a channel (1-based); empty when the file says nothing about it. */
    public java.util.Optional<AmpChannel> setting(int channel) {
        return settings.stream().filter(s -> s.channel() == channel).findFirst();
    }

    /**
     * The show file's intent for one output channel.
     *
     * @param channel   1-based
     * @param gainDb    intended gain
     * @param minGainDb lowest gain a crew command may set
     * @param maxGainDb highest gain a crew command may set
     * @param loadOhms  expected nominal load impedance; 0 = do not check
     * @param loadTolerancePercent deviation that raises an alert
     */
    public record AmpChannel(
            int channel,
            String name,
            double gainDb,
            boolean muted,
            double minGainDb,
            double maxGainDb,
            double loadOhms,
            double loadTolerancePercent) {}
}
