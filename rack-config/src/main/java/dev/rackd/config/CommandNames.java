package dev.rackd.config;

import java.util.List;

/**
 * The commands rackd answers, for the show file's {@code auth.commands}: a grant for a misspelt command would
 * otherwise be accepted and do nothing, while the real command kept its default roles. The service's end-to-end
 * test checks that the door knows exactly these.
 */
public final class CommandNames {
    public static final List<String> ALL = List.of("ack", "alerts", "clear_fixed_filters", "clear_live_filters",
            "energy_reset", "feedback_mode", "gain", "history", "limiter_threshold", "mute", "restore",
            "rf_coordinate", "rf_deploy", "rf_retune", "rf_status", "scan", "sequence", "standby", "unmute", "wake");

    private CommandNames() {}
}
