package dev.rackd.app.amps;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.Amplifier;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The amp's own fault and protection flags (0/1 readings) as alerts in the crew's words. Clip comes and goes
 * with the music, so its alert is held for {@link #CLIP_HOLD} after the last clip.
 */
final class FaultAlerts {
    static final String RULE = "amp_fault";
    static final Duration CLIP_HOLD = Duration.ofSeconds(10);

    private record Words(Severity severity, String text) {}

    private static final Map<String, Words> CHANNEL = Map.of(
            "clip", new Words(Severity.WARNING, "clipping"),
            "protect", new Words(Severity.WARNING, "limiting to protect itself (heat or load)"),
            "overtemp", new Words(Severity.CRITICAL, "over temperature: it will mute; check airflow and fans"),
            "rail_fault", new Words(Severity.CRITICAL, "power rail fault"),
            "low_load", new Words(Severity.CRITICAL, "load too low: protection has muted it; look for a short"),
            "fault", new Words(Severity.CRITICAL, "fault reported by the amp"));
    private static final Map<String, Words> AMP = Map.of(
            "mains_fault", new Words(Severity.CRITICAL, "mains fault: a missing phase, DC or no mains"),
            "fan_fault", new Words(Severity.CRITICAL, "fan failed; it will shut down when hot"),
            "overtemp", new Words(Severity.CRITICAL, "over temperature: it will shut down; check airflow"),
            "converter_fault", new Words(Severity.CRITICAL, "internal converter fault"),
            "aux_voltage_fault", new Words(Severity.CRITICAL, "internal supply fault"));

    private final Amplifier amp;
    private final AmpAlerter alerter;
    private final Map<String, Instant> lastClip = new HashMap<>();

    FaultAlerts(Amplifier amp, AmpAlerter alerter) {
        this.amp = amp;
        this.alerter = alerter;
    }

    /** @return whether the metric is one of the flags this handles */
    boolean flag(String metric, boolean on, Instant time) {
        int channel = AmpNames.channelOf(metric);
        String quantity = AmpNames.quantityOf(metric);
        Words words = channel > 0 ? CHANNEL.get(quantity) : AMP.get(metric);
        if (words == null) {
            return false;
        }
        String who = channel > 0 ? AmpNames.channel(amp, channel) : AmpNames.amp(amp);
        if (on) {
            if (quantity.equals("clip")) {
                lastClip.put(metric, time);
            }
            alerter.raise(RULE, metric, words.severity(), 1, 1, who + " " + words.text());
        } else if (!quantity.equals("clip") || lastClip.getOrDefault(metric, Instant.MIN).plus(CLIP_HOLD).isBefore(time)) {
            alerter.clear(RULE, metric);
        }
        return true;
    }
}
