package dev.rackd.app.amps;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.Commands;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.ChannelSetting;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The amps' crew commands: mute, unmute, gain, standby, wake, restore. Every one answers with what the amp
 * reports afterwards, read back, never with what was asked for.
 */
final class AmpCommands {
    static final Duration ONE = Duration.ofSeconds(10);
    private static final List<Role> CREW = List.of(Role.CREW, Role.ADMIN);

    private final AmpCommandGate gate;
    private final AmpRestore restore;

    AmpCommands(Map<String, AmpWatch> watches, Clock clock) {
        this.gate = new AmpCommandGate(watches);
        this.restore = new AmpRestore(clock);
    }

    void register(Commands commands) {
        commands.register("mute", CREW, r -> mute(r, true));
        commands.register("unmute", CREW, r -> mute(r, false));
        commands.register("gain", CREW, this::gain);
        commands.register("standby", CREW, r -> standby(r, true));
        commands.register("wake", CREW, r -> standby(r, false));
        commands.register("restore", CREW, this::restore);
    }

    private Object mute(CommandRequest r, boolean muted) throws CommandException {
        r.allowOnly("device", "channel");
        AmpWatch w = gate.amp(r);
        int channel = r.requireInt("channel", 1, w.amp().channels());
        AmpControl d = gate.online(w);
        w.crewSets(channel, "mute", muted ? 1 : 0, r.user());
        try {
            return channelResult(w, AmpCommandGate.await(d.setMute(channel, muted), ONE));
        } catch (CommandException e) {
            w.crewFailed(channel, "mute");
            throw e;
        }
    }

    private Object gain(CommandRequest r) throws CommandException {
        r.allowOnly("device", "channel", "gain_db");
        AmpWatch w = gate.amp(r);
        int channel = r.requireInt("channel", 1, w.amp().channels());
        AmpChannel limits = w.amp().setting(channel).orElseThrow(() -> new CommandException(ErrorCode.REFUSED,
                AmpNames.channel(w.amp(), channel) + " has no gain limits in the show file (channel_settings);"
                        + " gain commands need them"));
        double gainDb = r.requireNumber("gain_db", limits.minGainDb(), limits.maxGainDb());
        AmpControl d = gate.online(w);
        w.crewSets(channel, "gain", gainDb, r.user());
        try {
            return channelResult(w, AmpCommandGate.await(d.setGain(channel, gainDb), ONE));
        } catch (CommandException e) {
            w.crewFailed(channel, "gain");
            throw e;
        }
    }

    private Object standby(CommandRequest r, boolean standby) throws CommandException {
        r.allowOnly(standby ? new String[] {"device", "confirm"} : new String[] {"device"});
        AmpWatch w = gate.amp(r);
        if (standby) {
            r.requireConfirm("standby silences every channel of " + AmpNames.amp(w.amp()) + " while it may be playing");
        }
        AmpControl d = gate.online(w);
        boolean now = AmpCommandGate.await(d.setStandby(standby), ONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("device", w.amp().id());
        out.put("standby", now);
        return out;
    }

    private Object restore(CommandRequest r) throws CommandException {
        r.allowOnly("device", "confirm");
        AmpWatch w = gate.amp(r);
        r.requireConfirm("restore sets every channel of " + AmpNames.amp(w.amp())
                + " back to the show file while it may be playing");
        AmpControl d = gate.online(w);
        try {
            return restore.run(w, d, r.user() == null ? "anonymous" : r.user());
        } finally {
            // after, not before: until a channel is set back, its crew value is still theirs, not drift
            w.forgetCrew();
        }
    }

    static Map<String, Object> channelResult(AmpWatch w, ChannelSetting s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("device", w.amp().id());
        out.put("channel", s.channel());
        out.put("gain_db", s.gainDb());
        out.put("muted", s.muted());
        return out;
    }
}
