package dev.rackd.hal.amps.powersoft;

import dev.rackd.hal.Reading;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of every value, on the device's thread. READGM decides whether the amp is there; the other
 * reads are extras: one that goes unanswered three polls running (a firmware without that command) is
 * then tried only every {@value #RETRY_QUIET_EVERY} polls, so it does not slow the poll down.
 */
final class PowersoftPoller {
    private static final Logger log = LoggerFactory.getLogger(PowersoftPoller.class);
    private static final int QUIET_AFTER = 3;
    private static final int RETRY_QUIET_EVERY = 30;

    private final PowersoftSettings settings;
    private final PowersoftReadings readings;
    private final Consumer<List<Reading>> out;
    private final Map<PowersoftCommand, Integer> misses = new EnumMap<>(PowersoftCommand.class);
    private final Map<PowersoftCommand, String> unreadable = new EnumMap<>(PowersoftCommand.class);
    private long polls;

    PowersoftPoller(PowersoftSettings settings, PowersoftReadings readings, Consumer<List<Reading>> out) {
        this.settings = settings;
        this.readings = readings;
        this.out = out;
    }

    /** @return false when the amp did not answer READGM: it is gone */
    boolean pollAll(PowersoftLink link, Instant t) throws IOException {
        polls++;
        Optional<PowersoftFrame> gm = link.exchange(PowersoftCommand.READGM, PowersoftRequests.none());
        if (gm.isEmpty()) {
            return false;
        }
        decode(PowersoftCommand.READGM, gm.get(), d -> readings.of(PowersoftAnswers.gainsAndMutes(d), t));
        extra(link, PowersoftCommand.READALLALARMS2, PowersoftRequests.none(), d -> readings.of(PowersoftAnswers.alarms(d), t));
        extra(link, PowersoftCommand.OUTPUTMETER, PowersoftRequests.none(), d -> readings.of(PowersoftAnswers.outputMeters(d), t));
        extra(link, PowersoftCommand.STANDBY, PowersoftRequests.standby(PowersoftRequests.StandbyAction.READ),
                d -> List.of(readings.of(PowersoftAnswers.standby(d), t)));
        for (int ch = 0; ch < settings.channels(); ch++) {
            extra(link, PowersoftCommand.READALARMS, PowersoftRequests.channel(ch), d -> readings.of(PowersoftAnswers.load(d), t));
        }
        return true;
    }

    /** READGM now, published, and returned as settings. */
    List<ChannelSetting> readSettings(PowersoftLink link, Instant t) throws IOException, AmpCommandException {
        PowersoftFrame f = link.exchange(PowersoftCommand.READGM, PowersoftRequests.none())
                .orElseThrow(() -> new AmpCommandException(Reason.NO_ANSWER,
                        "amp " + settings.id() + " did not answer the read-back of gains and mutes"));
        try {
            GainsAndMutes gm = PowersoftAnswers.gainsAndMutes(f.data());
            if (!gm.ok()) {
                throw new AmpCommandException(Reason.REFUSED, "amp " + settings.id() + " refused to report gains and mutes");
            }
            out.accept(readings.of(gm, t));
            return gm.channels().stream().filter(c -> c.channel() < settings.channels())
                    .map(c -> new ChannelSetting(c.channel() + 1, c.outputGainDb(), c.outputMuted())).toList();
        } catch (PowersoftFrameException e) {
            throw new AmpCommandException(Reason.REFUSED, "amp " + settings.id() + " sent unreadable gains: " + e.getMessage());
        }
    }

    Optional<AmpInfo> readInfo(PowersoftLink link) throws IOException {
        Optional<PowersoftFrame> f = link.exchange(PowersoftCommand.INFO, PowersoftRequests.none());
        if (f.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PowersoftAnswers.info(f.get().data()));
        } catch (PowersoftFrameException e) {
            complain(PowersoftCommand.INFO, e.getMessage());
            return Optional.empty();
        }
    }

    private void extra(PowersoftLink link, PowersoftCommand command, byte[] data, Decoder decoder) throws IOException {
        int missed = misses.getOrDefault(command, 0);
        if (missed >= QUIET_AFTER && polls % RETRY_QUIET_EVERY != 0) {
            return;
        }
        Optional<PowersoftFrame> answer = link.exchange(command, data);
        if (answer.isEmpty()) {
            misses.put(command, missed + 1);
            if (missed + 1 == QUIET_AFTER) {
                log.warn("amp {} does not answer {}; asking only every {} polls", settings.id(), command, RETRY_QUIET_EVERY);
            }
            return;
        }
        misses.remove(command);
        decode(command, answer.get(), decoder);
    }

    private void decode(PowersoftCommand command, PowersoftFrame frame, Decoder decoder) {
        try {
            out.accept(decoder.decode(frame.data()));
            unreadable.remove(command);
        } catch (PowersoftFrameException e) {
            complain(command, e.getMessage());
        }
    }

    /** Says once per kind of trouble, not every poll. */
    private void complain(PowersoftCommand command, String why) {
        if (!why.equals(unreadable.put(command, why))) {
            log.warn("amp {} sent an unreadable {} answer: {}", settings.id(), command, why);
        }
    }

    @FunctionalInterface
    interface Decoder {
        List<Reading> decode(byte[] data) throws PowersoftFrameException;
    }
}
