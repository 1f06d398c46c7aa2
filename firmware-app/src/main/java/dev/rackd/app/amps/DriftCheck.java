package dev.rackd.app.amps;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.Amplifier;
import dev.rackd.config.Amplifier.AmpChannel;

/**
 * Compares what the amp reports with what the show file intends, on every reading of a channel's gain or
 * mute (so on connect and on every change): "Amp B ch 3 gain -6.0 dB, show file says -3.0 dB". Channels the
 * show file says nothing about are not checked.
 */
final class DriftCheck {
    static final String RULE = "amp_drift";
    /** Gains closer than this are the same (the amps' own resolution is 0.01 dB). */
    static final double GAIN_SLACK_DB = 0.05;

    private final Amplifier amp;
    private final AmpAlerter alerter;

    DriftCheck(Amplifier amp, AmpAlerter alerter) {
        this.amp = amp;
        this.alerter = alerter;
    }

    void gain(int channel, double gainDb) {
        amp.setting(channel).ifPresent(s -> {
            String metric = "ch" + channel + "_gain";
            if (Math.abs(gainDb - s.gainDb()) > GAIN_SLACK_DB) {
                alerter.raise(RULE, metric, Severity.WARNING, gainDb, s.gainDb(), AmpNames.channel(amp, channel)
                        + " gain " + AmpNames.db(gainDb) + ", show file says " + AmpNames.db(s.gainDb()));
            } else {
                alerter.clear(RULE, metric);
            }
        });
    }

    void mute(int channel, boolean muted) {
        amp.setting(channel).ifPresent(s -> {
            String metric = "ch" + channel + "_mute";
            if (muted != s.muted()) {
                // Muted against the show file silences part of the system: that is critical.
                alerter.raise(RULE, metric, muted ? Severity.CRITICAL : Severity.WARNING, muted ? 1 : 0, s.muted() ? 1 : 0,
                        AmpNames.channel(amp, channel) + (muted ? " muted" : " unmuted") + ", show file says "
                                + (s.muted() ? "muted" : "unmuted"));
            } else {
                alerter.clear(RULE, metric);
            }
        });
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
