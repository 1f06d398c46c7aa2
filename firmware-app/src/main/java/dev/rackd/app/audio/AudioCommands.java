package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.command.Commands;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.dsp.FeedbackMode;
import java.util.List;
import java.util.Map;

/**
 * The audio path's commands. Each one only sets a control of the chains, which the audio thread picks up at its
 * next block without a lock; the reply says what was set.
 */
final class AudioCommands {
    static final double MIN_LIMITER_DBTP = -20;
    private static final List<Role> CREW = List.of(Role.CREW, Role.ADMIN);

    private AudioCommands() {
    }

    static void register(Commands commands, ChainBank bank, Alerts alerts, FixedNotchKeeper keeper) {
        commands.register("feedback_mode", CREW, r -> {
            String mode = r.allowOnly("mode").requireOneOf("mode", "off", "live", "ringout");
            bank.setMode(FeedbackMode.parse(mode));
            FeedbackModeAlert.show(alerts, FeedbackMode.parse(mode));
            return Map.of("mode", mode);
        });
        commands.register("clear_live_filters", CREW, r -> {
            r.allowOnly();
            bank.clearLiveNotches();
            return Map.of("cleared", "live", "channels", bank.channels());
        });
        commands.register("clear_fixed_filters", CREW, r -> {
            r.allowOnly("confirm").requireConfirm("clear_fixed_filters removes the notches learned at ring-out on"
                    + " every channel");
            bank.clearFixedNotches();
            keeper.clearedOnPurpose();
            return Map.of("cleared", "fixed", "channels", bank.channels());
        });
        commands.register("limiter_threshold", CREW, r -> {
            double dbtp = r.allowOnly("dbtp").requireNumber("dbtp", MIN_LIMITER_DBTP, 0);
            bank.setLimiterThresholdDbtp(dbtp);
            bank.setLimiterEnabled(true);
            return Map.of("limiter_dbtp", dbtp);
        });
    }
}
