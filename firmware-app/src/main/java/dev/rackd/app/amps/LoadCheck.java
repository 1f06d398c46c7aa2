package dev.rackd.app.amps;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.Amplifier;

/**
 * The measured load of a channel against the show file's nominal load. An open circuit (a blown driver, a cut
 * cable, a speaker not plugged in) reads far above nominal; a short far below. Inside the tolerance it clears,
 * with a fifth of the tolerance as hysteresis so a load near the edge does not flap.
 */
final class LoadCheck {
    static final String RULE = "amp_load";
    /** Above this many times nominal: open. */
    static final double OPEN_FACTOR = 4.0;
    /** Below this many times nominal, or under 1 Ω: short. */
    static final double SHORT_FACTOR = 0.25;

    private final Amplifier amp;
    private final AmpAlerter alerter;

    LoadCheck(Amplifier amp, AmpAlerter alerter) {
        this.amp = amp;
        this.alerter = alerter;
    }

    void load(int channel, double ohms) {
        amp.setting(channel).filter(s -> s.loadOhms() > 0).ifPresent(s -> {
            String metric = "ch" + channel + "_load";
            double expected = s.loadOhms();
            String head = AmpNames.channel(amp, channel) + " load " + AmpNames.ohms(ohms) + ", expected "
                    + AmpNames.ohms(expected);
            double deviationPercent = Math.abs(ohms - expected) / expected * 100;
            if (ohms >= expected * OPEN_FACTOR) {
                alerter.raise(RULE, metric, Severity.CRITICAL, ohms, expected,
                        head + ": open circuit; blown driver or cut cable?");
            } else if (ohms < 1.0 || ohms <= expected * SHORT_FACTOR) {
                alerter.raise(RULE, metric, Severity.CRITICAL, ohms, expected,
                        head + ": short circuit; check the cable and the speaker");
            } else if (deviationPercent > s.loadTolerancePercent()) {
                alerter.raise(RULE, metric, Severity.WARNING, ohms, expected, head + " ±"
                        + Math.round(s.loadTolerancePercent()) + " %: a driver may have failed or a box is missing");
            } else if (deviationPercent <= s.loadTolerancePercent() * 0.8) {
                alerter.clear(RULE, metric);
            }
        });
    }
}
