package dev.rackd.hal.amps.aes70;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.AmpJobs;
import dev.rackd.hal.amps.AmpReporter;
import dev.rackd.hal.amps.ChannelSetting;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An AES70 amp for rackd: one {@link OcaController} at a time, subscribed to every object of the show
 * file's object map and polled each {@link Aes70Settings#poll()} as well. A virtual thread of its own
 * connects, reconnects with backoff, runs crew commands and publishes readings; the amp is offline from
 * the moment the connection closes or its keep-alive goes silent. Commands are sent once: OCP.1 runs over
 * TCP and a set carries an absolute value, so there is nothing to repeat.
 */
public final class Aes70Amp implements AmpControl {
    private final Aes70Settings settings;
    private final List<Aes70Role> roles;
    private final Aes70Objects objects;
    private final AmpJobs<OcaController> jobs;
    private final AtomicLong cycles = new AtomicLong();
    private volatile boolean running;
    private volatile boolean online;
    private volatile Thread owner;
    private volatile String closedBecause = "";
    private AmpReporter reporter;
    private Aes70Commands commands;

    public Aes70Amp(Aes70Settings settings) {
        this(settings, Clock.systemUTC());
    }

    public Aes70Amp(Aes70Settings settings, Clock clock) {
        this.settings = settings;
        this.roles = Aes70Role.all(settings.id(), settings.channels(), settings.objects());
        this.objects = new Aes70Objects(settings.id(), clock);
        this.jobs = new AmpJobs<>(() -> new AmpCommandException(Reason.OFFLINE, "amp " + settings.id()
                + " is offline (" + where() + " not connected); nothing was sent"));
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
        commands = new Aes70Commands(settings, roles, objects, reporter);
        running = true;
        owner = Thread.ofVirtual().name("aes70-" + settings.id()).start(this::run);
    }

    @Override
    public void close() {
        running = false;
        Thread t = owner;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        jobs.refuseAll("amp " + settings.id() + ": rackd is stopping; nothing was sent");
    }

    @Override
    public CompletableFuture<ChannelSetting> setMute(int channel, boolean muted) {
        return submit(c -> commands.mute(c, channel, muted));
    }

    @Override
    public CompletableFuture<ChannelSetting> setGain(int channel, double gainDb) {
        return submit(c -> commands.gain(c, channel, gainDb));
    }

    @Override
    public CompletableFuture<Boolean> setStandby(boolean standby) {
        return submit(c -> commands.standby(c, standby));
    }

    @Override
    public CompletableFuture<List<ChannelSetting>> readSettings() {
        return submit(commands::readSettings);
    }

    private <T> CompletableFuture<T> submit(AmpJobs.Step<OcaController, T> step) {
        CompletableFuture<T> f = jobs.submit(running && online, step);
        if (!running) {
            jobs.refuseAll("amp " + settings.id() + ": rackd is stopping; nothing was sent");
        }
        return f;
    }

    private void run() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), settings.backoffMax());
        while (running) {
            OcaController c;
            closedBecause = "";
            try {
                c = OcaController.connect(settings.host(), settings.port(), settings.options(), this::closed);
            } catch (IOException | RuntimeException e) {
                goOffline("cannot connect to " + where() + ": " + e.getMessage());
                idle(backoff.next());
                continue;
            }
            try {
                serve(c, backoff);
            } finally {
                c.close();
            }
            goOffline(closedBecause.isEmpty() ? "connection to " + where() + " closed" : closedBecause);
            if (running) {
                idle(backoff.next());
            }
        }
    }

    private void serve(OcaController c, Backoff backoff) {
        for (Aes70Role role : roles) {
            objects.watch(c, role, r -> jobs.submit(true, ignored -> publish(r)));
        }
        if (!commands.pollAll(c)) {
            return;
        }
        backoff.reset();
        online = true;
        reporter.online("connected to " + where());
        long nextPoll = System.nanoTime() + settings.poll().toNanos();
        while (running && c.isOpen()) {
            long wait = nextPoll - System.nanoTime();
            if (wait > 0) {
                AmpJobs.Job<OcaController, ?> job = jobs.take(wait);
                if (job != null) {
                    job.runOn(c);
                }
                continue;
            }
            if (!commands.pollAll(c)) {
                return;
            }
            cycles.incrementAndGet();
            nextPoll = System.nanoTime() + settings.poll().toNanos();
        }
    }

    private Void publish(Reading r) {
        if (online) {
            reporter.publish(List.of(r));
        }
        return null;
    }

    /** From the connection's thread: remember why, and wake the loop so it notices now. */
    private void closed(String reason) {
        closedBecause = reason;
        jobs.submit(true, ignored -> null);
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
}
