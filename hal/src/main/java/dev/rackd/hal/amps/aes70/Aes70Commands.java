package dev.rackd.hal.amps.aes70;

import dev.rackd.hal.FailureWords;
import dev.rackd.hal.Reading;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.AmpReporter;
import dev.rackd.hal.amps.ChannelSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link Aes70Amp}'s thread does with a connection: poll every role, and carry out crew writes with a
 * read-back. Blocking waits are bounded by the response timeout plus a margin.
 */
final class Aes70Commands {
    private static final Logger log = LoggerFactory.getLogger(Aes70Commands.class);

    private final Aes70Settings settings;
    private final List<Aes70Role> roles;
    private final Aes70Objects objects;
    private final AmpReporter reporter;
    private Set<String> lastFailed = Set.of();

    Aes70Commands(Aes70Settings settings, List<Aes70Role> roles, Aes70Objects objects, AmpReporter reporter) {
        this.settings = settings;
        this.roles = roles;
        this.objects = objects;
        this.reporter = reporter;
    }

    /**
     * Reads every role at once (pipelined). Reads that fail are said in one log line, and only when the set
     * of failing roles changes. @return false when the connection is gone
     */
    boolean pollAll(OcaController c) {
        List<CompletableFuture<Reading>> reads = new ArrayList<>();
        for (Aes70Role role : roles) {
            reads.add(objects.read(c, role));
        }
        List<Reading> out = new ArrayList<>();
        Map<String, String> failed = new TreeMap<>();
        for (int i = 0; i < roles.size(); i++) {
            Aes70Role role = roles.get(i);
            try {
                out.add(await(reads.get(i), role.name()));
            } catch (AmpCommandException e) {
                if (!c.isOpen()) {
                    return false;
                }
                if (e.reason() == Reason.REFUSED) {
                    out.add(objects.fault(role));
                }
                failed.put(role.name(), e.getMessage());
            }
        }
        if (!failed.keySet().equals(lastFailed)) {
            lastFailed = failed.keySet();
            if (!failed.isEmpty()) {
                log.warn("amp {}: {} of {} reads failed ({}); first: {}", settings.id(), failed.size(), roles.size(),
                        String.join(", ", failed.keySet()), failed.values().iterator().next());
            }
        }
        reporter.publish(out);
        return c.isOpen();
    }

    ChannelSetting mute(OcaController c, int channel, boolean muted) throws AmpCommandException {
        Aes70Role role = role(channel, Aes70Role.Kind.MUTE);
        await(new OcaMute(c, role.ono()).set(muted), (muted ? "mute" : "unmute") + " of ch " + channel);
        ChannelSetting now = readBack(c, channel);
        if (now.muted() != muted) {
            throw refused((muted ? "mute" : "unmute") + " of ch " + channel, "reads back " + (now.muted() ? "muted" : "unmuted"));
        }
        return now;
    }

    ChannelSetting gain(OcaController c, int channel, double gainDb) throws AmpCommandException {
        Aes70Role role = role(channel, Aes70Role.Kind.GAIN);
        String what = String.format("gain %.2f dB on ch %d", gainDb, channel);
        await(new OcaGain(c, role.ono()).set(gainDb), what);
        ChannelSetting now = readBack(c, channel);
        if (Math.abs(now.gainDb() - gainDb) > 0.01) {
            throw refused(what, String.format("reads back %.2f dB", now.gainDb()));
        }
        return now;
    }

    boolean standby(OcaController c, boolean standby) throws AmpCommandException {
        Aes70Role role = roles.stream().filter(r -> r.kind() == Aes70Role.Kind.STANDBY).findFirst()
                .orElseThrow(() -> new AmpCommandException(Reason.NOT_SUPPORTED,
                        "amp " + settings.id() + " has no 'standby' object in its object map"));
        await(new OcaBooleanActuator(c, role.ono()).set(standby), standby ? "standby" : "wake");
        Reading read = await(objects.read(c, role), "read-back of standby");
        reporter.publish(List.of(read));
        boolean now = read.value() != 0;
        if (now != standby) {
            throw refused(standby ? "standby" : "wake", "reports " + (now ? "in standby" : "operating"));
        }
        return now;
    }

    List<ChannelSetting> readSettings(OcaController c) throws AmpCommandException {
        List<ChannelSetting> out = new ArrayList<>();
        for (int ch = 1; ch <= settings.channels(); ch++) {
            out.add(readBack(c, ch));
        }
        return out;
    }

    /**
     * Gain and mute of one channel as the amp reports them now, published as readings too; a channel whose
     * object map lacks one of them reports NaN gain or unmuted for it.
     */
    private ChannelSetting readBack(OcaController c, int channel) throws AmpCommandException {
        double gainDb = Double.NaN;
        boolean muted = false;
        for (Aes70Role r : roles) {
            if (r.channel() == channel && (r.kind() == Aes70Role.Kind.GAIN || r.kind() == Aes70Role.Kind.MUTE)) {
                Reading read = await(objects.read(c, r), "read-back of " + r.name());
                reporter.publish(List.of(read));
                if (r.kind() == Aes70Role.Kind.GAIN) {
                    gainDb = read.value();
                } else {
                    muted = read.value() != 0;
                }
            }
        }
        return new ChannelSetting(channel, gainDb, muted);
    }

    private Aes70Role role(int channel, Aes70Role.Kind kind) throws AmpCommandException {
        if (channel < 1 || channel > settings.channels()) {
            throw new AmpCommandException(Reason.REFUSED,
                    "amp " + settings.id() + " has channels 1 to " + settings.channels() + ", not " + channel);
        }
        return roles.stream().filter(r -> r.channel() == channel && r.kind() == kind).findFirst()
                .orElseThrow(() -> new AmpCommandException(Reason.NOT_SUPPORTED, "amp " + settings.id()
                        + " has no 'ch" + channel + "_" + kind.name().toLowerCase(Locale.ROOT) + "' object in its object map"));
    }

    private <T> T await(CompletableFuture<T> f, String what) throws AmpCommandException {
        try {
            return f.get(settings.options().responseTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcaCallException oca) {
                throw switch (oca.kind()) {
                    case STATUS -> refused(what, "answered " + oca.status());
                    case BAD_ANSWER -> refused(what, "answered something unreadable");
                    case TIMEOUT, CLOSED -> new AmpCommandException(Reason.NO_ANSWER, "no answer from amp " + settings.id()
                            + " to " + what + " (" + oca.getMessage() + "); its state is unknown until the next read");
                    case NOT_SENT -> new AmpCommandException(Reason.OFFLINE, "amp " + settings.id() + " is not connected ("
                            + oca.getMessage() + "); nothing was sent");
                };
            }
            throw new AmpCommandException(Reason.NO_ANSWER, "amp " + settings.id() + ": " + what + " failed ("
                    + FailureWords.of(cause) + "); its state is unknown until the next read");
        } catch (TimeoutException e) {
            throw new AmpCommandException(Reason.NO_ANSWER, "no answer from amp " + settings.id() + " to " + what
                    + "; its state is unknown until the next read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmpCommandException(Reason.NO_ANSWER, "amp " + settings.id() + ": stopped while waiting for " + what);
        }
    }

    private AmpCommandException refused(String what, String why) {
        return new AmpCommandException(Reason.REFUSED, "amp " + settings.id() + " " + why + " to " + what);
    }
}
