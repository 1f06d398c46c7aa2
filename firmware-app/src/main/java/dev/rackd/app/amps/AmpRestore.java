package dev.rackd.app.amps;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.command.WireTime;
import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.ChannelSetting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the show file's gains and mutes back on an amp and reads them back. Order per channel keeps it quiet:
 * a channel that should be muted is muted before its gain changes; one that should play gets its gain before
 * it is unmuted. One restore per amp at a time.
 */
final class AmpRestore {
    private final Clock clock;
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();

    AmpRestore(Clock clock) {
        this.clock = clock;
    }

    Object run(AmpWatch w, AmpControl d, String user) throws CommandException {
        String id = w.amp().id();
        if (running.putIfAbsent(id, Boolean.TRUE) != null) {
            throw new CommandException(ErrorCode.BUSY, "a restore of " + AmpNames.amp(w.amp()) + " is already running");
        }
        try {
            List<Map<String, Object>> channels = new ArrayList<>();
            List<String> done = new ArrayList<>();
            for (AmpChannel s : w.amp().settings()) {
                try {
                    ChannelSetting after = s.muted() ? mutedFirst(d, s) : gainFirst(d, s);
                    channels.add(AmpCommands.channelResult(w, after));
                    boolean asShown = after.muted() == s.muted()
                            && Math.abs(after.gainDb() - s.gainDb()) <= DriftCheck.GAIN_SLACK_DB;
                    if (asShown) {
                        w.restoredBy(s.channel(), user);
                    }
                    done.add("ch " + s.channel());
                } catch (CommandException e) {
                    throw new CommandException(e.code(), AmpNames.amp(w.amp()) + ": restored "
                            + (done.isEmpty() ? "nothing" : String.join(", ", done)) + "; ch " + s.channel()
                            + " failed (" + e.getMessage() + "); the rest not attempted");
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("device", id);
            out.put("restored_at", WireTime.format(clock.instant()));
            out.put("channels", channels);
            return out;
        } finally {
            running.remove(id);
        }
    }

    private static ChannelSetting mutedFirst(AmpControl d, AmpChannel s) throws CommandException {
        AmpCommandGate.await(d.setMute(s.channel(), true), AmpCommands.ONE);
        return AmpCommandGate.await(d.setGain(s.channel(), s.gainDb()), AmpCommands.ONE);
    }

    private static ChannelSetting gainFirst(AmpControl d, AmpChannel s) throws CommandException {
        AmpCommandGate.await(d.setGain(s.channel(), s.gainDb()), AmpCommands.ONE);
        return AmpCommandGate.await(d.setMute(s.channel(), false), AmpCommands.ONE);
    }
}
