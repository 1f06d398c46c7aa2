package dev.rackd.hal.amps.powersoft;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.AmpDriver;
import dev.rackd.hal.amps.AmpJobs;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.powersoft.PowersoftRequests.StandbyAction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A Powersoft X / T / Quattrocanali amp over its UDP protocol. One virtual thread owns the socket: it polls
 * every value each {@link PowersoftSettings#poll()}, runs crew commands between polls, and while the amp
 * is silent pings it with a growing backoff. The amp is offline as soon as a request goes unanswered
 * after its retries, and online again at the first answer to a ping.
 */
public final class PowersoftAmp extends AmpDriver<PowersoftLink> {
    private final PowersoftSettings settings;
    private final Clock clock;
    private final PowersoftReadings readings;
    private volatile AmpInfo info;
    private PowersoftPoller poller;

    public PowersoftAmp(PowersoftSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public PowersoftAmp(PowersoftSettings settings, Clock clock) {
        super(settings.id(), settings.channels(), "powersoft-" + settings.id(), settings.host() + ":" + settings.port());
        this.settings = settings;
        this.clock = clock;
        this.readings = new PowersoftReadings(settings.id(), settings.channels());
    }

    /** What the amp said about itself at the last connect; empty before. */
    public Optional<AmpInfo> info() {
        return Optional.ofNullable(info);
    }

    @Override
    protected void prepare() {
        poller = new PowersoftPoller(settings, readings, rs -> reporter.publish(rs));
    }

    @Override
    public CompletableFuture<ChannelSetting> setMute(int channel, boolean muted) {
        return this.<ChannelSetting>badChannel(channel).orElseGet(() -> submit(link -> writes(link).mute(channel, muted)));
    }

    @Override
    public CompletableFuture<ChannelSetting> setGain(int channel, double gainDb) {
        return this.<ChannelSetting>badChannel(channel).orElseGet(() -> submit(link -> writes(link).gain(channel, gainDb)));
    }

    @Override
    public CompletableFuture<Boolean> setStandby(boolean standby) {
        return submit(link -> {
            boolean now = writes(link).standby(standby ? StandbyAction.STANDBY : StandbyAction.OPERATE);
            reporter.publish(List.of(readings.of(new StandbyState(true, now), clock.instant())));
            return now;
        });
    }

    @Override
    public CompletableFuture<List<ChannelSetting>> readSettings() {
        return submit(link -> poller.readSettings(link, clock.instant()));
    }

    private PowersoftWrites writes(PowersoftLink link) {
        return new PowersoftWrites(link, settings, poller, clock);
    }

    private <T> Optional<CompletableFuture<T>> badChannel(int channel) {
        if (channel >= 1 && channel <= settings.channels()) {
            return Optional.empty();
        }
        return Optional.of(CompletableFuture.failedFuture(new AmpCommandException(Reason.REFUSED,
                "amp " + settings.id() + " has channels 1 to " + settings.channels() + ", not " + channel)));
    }

    @Override
    protected void run() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), settings.backoffMax());
        while (running) {
            try (PowersoftLink link = new PowersoftLink(address(), settings.timeout(), settings.retries())) {
                serve(link, backoff);
            } catch (IOException | RuntimeException e) {
                goOffline("cannot open a socket to " + where() + ": " + e.getMessage());
                idle(backoff.next());
            }
        }
    }

    private void serve(PowersoftLink link, Backoff backoff) throws IOException {
        long nextPoll = 0;
        while (running) {
            if (!online) {
                if (link.exchange(PowersoftCommand.PING, PowersoftRequests.none()).isEmpty()) {
                    goOffline("no answer to ping at " + where());
                    idle(backoff.next());
                    continue;
                }
                backoff.reset();
                info = poller.readInfo(link).orElse(info);
                online = true;
                reporter.online("answering at " + where()
                        + info().map(i -> " (" + i.family() + " " + i.model() + ", serial " + i.serial() + ")").orElse(""));
                nextPoll = 0;
            }
            long waitNanos = nextPoll - System.nanoTime();
            if (waitNanos > 0) {
                AmpJobs.Job<PowersoftLink, ?> job = jobs.take(waitNanos);
                if (job != null) {
                    job.runOn(link);
                }
                continue;
            }
            if (!poller.pollAll(link, clock.instant())) {
                goOffline("no answer from " + where() + " after " + (settings.retries() + 1) + " tries of "
                        + settings.timeout().toMillis() + " ms");
                continue;
            }
            tick();
            nextPoll = System.nanoTime() + settings.poll().toNanos();
        }
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private InetSocketAddress address() {
        return new InetSocketAddress(settings.host(), settings.port());
    }
}
