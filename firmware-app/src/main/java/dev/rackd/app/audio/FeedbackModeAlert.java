package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.FeedbackMode;

/**
 * Keeps a mode other than {@code live} in sight. Ring-out left on into the show turns every howl, and any sustained
 * note taken for one, into a notch that stays for good; {@code off} leaves the show unguarded. Info, not a warning:
 * both are chosen on purpose, and the rack's alert lights are for faults.
 */
final class FeedbackModeAlert {
    static final String RULE = "audio_feedback_mode";
    private static final String METRIC = "feedback_mode";

    private FeedbackModeAlert() {}

    static void show(Alerts alerts, FeedbackMode mode) {
        switch (mode) {
            case LIVE -> alerts.clear(RULE, AudioSettings.DEVICE_ID, METRIC);
            case RINGOUT -> raise(alerts, "Ring-out mode: every howl found becomes a fixed notch. Switch"
                    + " feedback_mode to live before the show.");
            case OFF -> raise(alerts, "Feedback suppression is off: no notch is placed on a howl (the ring-out"
                    + " notches stay in).");
        }
    }

    private static void raise(Alerts alerts, String message) {
        alerts.raise(RULE, AudioSettings.DEVICE_ID, METRIC, Severity.INFO, Double.NaN, Double.NaN, message);
    }
}
