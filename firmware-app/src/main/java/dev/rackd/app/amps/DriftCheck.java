package dev.rackd.app.amps;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.Amplifier;
import dev.rackd.config.Amplifier.AmpChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * Compares what the amp reports with what the show file intends, on every reading of a channel's gain or
 * mute (so on connect and on every change): "Amp B ch 3 gain -6.0 dB, show file says -3.0 dB". Channels the
 * show file says nothing about are not checked.
 *
 * <p>A value the crew set through rackd's command door is their decision, not drift: while the amp reports
 * exactly that value the alert is {@code info} and says who set it ("Amp B ch 1 (Sub L) muted by alice,
 * show file says unmuted"), so the deviation stays visible but pages nobody. A change from anywhere else (the
 * amp's front panel, another controller) is drift as before; {@code restore} forgets every crew setting.
 */
final class DriftCheck {
    static final String RULE = "amp_drift";
    /** Gains closer than this are the same (the amps' own resolution is 0.01 dB). */
    static final double GAIN_SLACK_DB = 0.05;

    private final Amplifier amp;
    private final AmpAlerter alerter;
    /** Metric ("ch3_gain", "ch1_mute") to what the crew set there through the door. */
    private final Map<String, CrewSetting> crew = new HashMap<>();

    private record CrewSetting(double value, String user) {}

    DriftCheck(Amplifier amp, AmpAlerter alerter) {
        this.amp = amp;
        this.alerter = alerter;
    }

    /** The crew is about to set this value through the door (recorded first, so the read-back is never drift). */
    void crewSets(int channel, String quantity, double value, String user) {
        crew.put("ch" + channel + "_" + quantity, new CrewSetting(value, user));
    }

    /** The crew's command did not go through: the amp's value is judged against the show file again. */
    void crewFailed(int channel, String quantity) {
        crew.remove("ch" + channel + "_" + quantity);
    }

    /** Before a restore: the show file is the intent again. */
    void forgetCrew() {
        crew.clear();
    }

    void gain(int channel, double gainDb) {
        amp.setting(channel).ifPresent(s -> {
            String metric = "ch" + channel + "_gain";
            if (Math.abs(gainDb - s.gainDb()) > GAIN_SLACK_DB) {
                String by = crewSetter(metric, gainDb);
                alerter.raise(RULE, metric, by == null ? Severity.WARNING : Severity.INFO, gainDb, s.gainDb(),
                        AmpNames.channel(amp, channel) + " gain " + AmpNames.db(gainDb) + (by == null ? "" : " set by " + by)
                                + ", show file says " + AmpNames.db(s.gainDb()));
            } else {
                alerter.clear(RULE, metric);
            }
        });
    }

    void mute(int channel, boolean muted) {
        amp.setting(channel).ifPresent(s -> {
            String metric = "ch" + channel + "_mute";
            if (muted != s.muted()) {
                // Muted against the show file silences part of the system: critical, unless the crew did it.
                String by = crewSetter(metric, muted ? 1 : 0);
                Severity severity = by != null ? Severity.INFO : muted ? Severity.CRITICAL : Severity.WARNING;
                alerter.raise(RULE, metric, severity, muted ? 1 : 0, s.muted() ? 1 : 0,
                        AmpNames.channel(amp, channel) + (muted ? " muted" : " unmuted") + (by == null ? "" : " by " + by)
                                + ", show file says " + (s.muted() ? "muted" : "unmuted"));
            } else {
                alerter.clear(RULE, metric);
            }
        });
    }

    /**
     * A restore read back the show file's values on this channel: whoever ran it has seen to its drift alerts,
     * which then close as soon as the amp's readings clear them.
     */
    void restoredBy(int channel, String user) {
        alerter.acknowledge(RULE, "ch" + channel + "_gain", user);
        alerter.acknowledge(RULE, "ch" + channel + "_mute", user);
    }

    /** Who set this value through the door, if the amp reports exactly what they set; else null. */
    private String crewSetter(String metric, double reported) {
        CrewSetting c = crew.get(metric);
        return c != null && Math.abs(c.value() - reported) <= GAIN_SLACK_DB ? c.user() : null;
    }

    /** Whether every channel the show file speaks of matches it now. */
    boolean clean() {
        for (AmpChannel s : amp.settings()) {
            if (alerter.active(RULE, "ch" + s.channel() + "_gain") || alerter.active(RULE, "ch" + s.channel() + "_mute")) {
                return false;
            }
        }
        return true;
    }
}
