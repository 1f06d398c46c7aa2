package dev.rackd.hal.amps.powersoft;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.AmpJobs;
import dev.rackd.hal.amps.AmpReporter;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.powersoft.PowersoftRequests.StandbyAction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Powersoft X / T / Quattrocanali amp over its UDP protocol. One virtual thread owns the socket: it polls
 * every value each {@link PowersoftSettings#poll()}, runs crew commands between polls, and while the amp
 * is silent pings it with a growing backoff. The amp is offline as soon as a request goes unanswered
 * after its retries, and online again at the first answer to a ping.
 */
public final class PowersoftAmp implements AmpControl {
    private final PowersoftSettings settings;
    private final Clock clock;
    private final PowersoftReadings readings;
    private final AmpJobs<PowersoftLink> jobs;
    private final AtomicLong cycles = new AtomicLong();
    private volatile boolean running;
    private volatile boolean online;
    private volatile Thread owner;
    private volatile AmpInfo info;
    private AmpReporter reporter;
    private PowersoftPoller poller;

    public PowersoftAmp(PowersoftSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public PowersoftAmp(PowersoftSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.readings = new PowersoftReadings(settings.id(), settings.channels());
        this.jobs = new AmpJobs<>(() -> new AmpCommandException(Reason.OFFLINE, "amp " + settings.id()
                + " is offline (" + settings.host() + ":" + settings.port() + " not answering); nothing was sent"));
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public int channels() {
        return settings.channels();
    }

    @Override
    public boolean online() {
        return online;
    }

    /** What the amp said about itself at the last connect; empty before. */
    public Optional<AmpInfo> info() {
        return Optional.ofNullable(info);
    }

    @Override
    public long cycles() {
        return cycles.get();
    }

    @Override
    public synchronized void start(DeviceListener listener) {
        if (running) {
            return;
        }
        reporter = new AmpReporter(settings.id(), listener);
        poller = new PowersoftPoller(settings, readings, rs -> reporter.publish(rs));
        running = true;
        owner = Thread.ofVirtual().name("powersoft-" + settings.id()).start(this::run);
    }

    @Override
    public void close() {
        running = false;
        Thread t = owner;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        jobs.refuseAll("amp " + settings.id() + ": rackd is stopping; nothing was sent");
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

    private <T> CompletableFuture<T> submit(AmpJobs.Step<PowersoftLink, T> step) {
        CompletableFuture<T> f = jobs.submit(running && online, step);
        if (!running) {
            jobs.refuseAll("amp " + settings.id() + ": rackd is stopping; nothing was sent");
        }
        return f;
    }

    private <T> Optional<CompletableFuture<T>> badChannel(int channel) {
        if (channel >= 1 && channel <= settings.channels()) {
            return Optional.empty();
        }
        return Optional.of(CompletableFuture.failedFuture(new AmpCommandException(Reason.REFUSED,
                "amp " + settings.id() + " has channels 1 to " + settings.channels() + ", not " + channel)));
    }

    private void run() {
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
            cycles.incrementAndGet();
            nextPoll = System.nanoTime() + settings.poll().toNanos();
        }
    }

    private void idle(Duration wait) {
        jobs.idle(wait, () -> running, cycles::incrementAndGet);
    }

    private void goOffline(String reason) {
        online = false;
        jobs.refuseAll("amp " + settings.id() + " went offline: " + reason + "; nothing was sent");
        reporter.offline(reason);
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private InetSocketAddress address() {
        return new InetSocketAddress(settings.host(), settings.port());
    }
}
