package dev.rackd.hal.amps.powersoft;

import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.powersoft.PowersoftRequests.StandbyAction;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Crew writes, on the device's thread: send the absolute value, check the amp's echo, then read the
 * channel back and answer with what the amp reports. Each request sets a state rather than changing it,
 * so the link may repeat it after a lost answer without doing anything twice.
 */
final class PowersoftWrites {
    private final PowersoftLink link;
    private final PowersoftSettings settings;
    private final PowersoftPoller poller;
    private final Clock clock;

    PowersoftWrites(PowersoftLink link, PowersoftSettings settings, PowersoftPoller poller, Clock clock) {
        this.link = link;
        this.settings = settings;
        this.poller = poller;
        this.clock = clock;
    }

    ChannelSetting mute(int channel, boolean muted) throws IOException, AmpCommandException {
        String what = (muted ? "mute" : "unmute") + " of ch " + channel;
        PowersoftFrame answer = send(PowersoftCommand.WRITEOUTMUTE, PowersoftRequests.writeOutputMute(channel - 1, muted), what);
        WriteEcho echo = decode(() -> PowersoftAnswers.muteEcho(answer.data()), what);
        if (!echo.ok() || echo.channel() != channel - 1 || echo.value() != (muted ? 1 : 0)) {
            throw refused(what, "answered " + echo);
        }
        ChannelSetting now = readBack(channel);
        if (now.muted() != muted) {
            throw refused(what, "reads back " + (now.muted() ? "muted" : "unmuted"));
        }
        return now;
    }

    ChannelSetting gain(int channel, double gainDb) throws IOException, AmpCommandException {
        int centi = (int) Math.round(gainDb * 100);
        String what = String.format("gain %.2f dB on ch %d", gainDb, channel);
        if (centi < PowersoftRequests.MIN_GAIN_CENTI_DB || centi > PowersoftRequests.MAX_GAIN_CENTI_DB) {
            throw refused(what, "the amp takes -60 to +15 dB");
        }
        PowersoftFrame answer = send(PowersoftCommand.WRITEOUTGAIN, PowersoftRequests.writeOutputGain(channel - 1, centi), what);
        WriteEcho echo = decode(() -> PowersoftAnswers.gainEcho(answer.data()), what);
        if (!echo.ok() || echo.channel() != channel - 1 || echo.value() != centi) {
            throw refused(what, "answered " + echo);
        }
        ChannelSetting now = readBack(channel);
        if (Math.round(now.gainDb() * 100) != centi) {
            throw refused(what, String.format("reads back %.2f dB", now.gainDb()));
        }
        return now;
    }

    boolean standby(StandbyAction action) throws IOException, AmpCommandException {
        String what = action == StandbyAction.STANDBY ? "standby" : "wake from standby";
        PowersoftFrame answer = send(PowersoftCommand.STANDBY, PowersoftRequests.standby(action), what);
        StandbyState state = decode(() -> PowersoftAnswers.standby(answer.data()), what);
        if (!state.ok() || state.standby() != (action == StandbyAction.STANDBY)) {
            throw refused(what, "reports " + (state.standby() ? "in standby" : "operating"));
        }
        return state.standby();
    }

    private ChannelSetting readBack(int channel) throws IOException, AmpCommandException {
        List<ChannelSetting> all = poller.readSettings(link, clock.instant());
        return all.stream().filter(s -> s.channel() == channel).findFirst()
                .orElseThrow(() -> refused("read-back of ch " + channel, "reports only " + all.size() + " channels"));
    }

    private PowersoftFrame send(PowersoftCommand command, byte[] data, String what) throws IOException, AmpCommandException {
        return link.exchange(command, data).orElseThrow(() -> new AmpCommandException(Reason.NO_ANSWER,
                "no answer from amp " + settings.id() + " to " + what + "; its state is unknown until the next read"));
    }

    private <T> T decode(Answer<T> answer, String what) throws AmpCommandException {
        try {
            return answer.get();
        } catch (PowersoftFrameException e) {
            throw refused(what, "sent an unreadable answer (" + e.getMessage() + ")");
        }
    }

    private AmpCommandException refused(String what, String why) {
        return new AmpCommandException(Reason.REFUSED, "amp " + settings.id() + " " + why + " after " + what);
    }

    @FunctionalInterface
    private interface Answer<T> {
        T get() throws PowersoftFrameException;
    }
}
