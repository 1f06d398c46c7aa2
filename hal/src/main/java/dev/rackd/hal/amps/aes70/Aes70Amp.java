package dev.rackd.hal.amps.aes70;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.Reading;
import dev.rackd.hal.amps.AmpDriver;
import dev.rackd.hal.amps.AmpJobs;
import dev.rackd.hal.amps.ChannelSetting;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An AES70 amp for rackd: one {@link OcaController} at a time, subscribed to every object of the show
 * file's object map and polled each {@link Aes70Settings#poll()} as well. A virtual thread of its own
 * connects, reconnects with backoff, runs crew commands and publishes readings; the amp is offline from
 * the moment the connection closes or its keep-alive goes silent. Commands are sent once: OCP.1 runs over
 * TCP and a set carries an absolute value, so there is nothing to repeat.
 */
public final class Aes70Amp extends AmpDriver<OcaController> {
    private final Aes70Settings settings;
    private final List<Aes70Role> roles;
    private final Aes70Objects objects;
    private volatile String closedBecause = "";
    private Aes70Commands commands;

    public Aes70Amp(Aes70Settings settings) {
        this(settings, Clock.systemUTC());
    }

    public Aes70Amp(Aes70Settings settings, Clock clock) {
        super(settings.id(), settings.channels(), "aes70-" + settings.id(), settings.host() + ":" + settings.port());
        this.settings = settings;
        this.roles = Aes70Role.all(settings.id(), settings.channels(), settings.objects());
        this.objects = new Aes70Objects(settings.id(), clock);
    }

    @Override
    protected void prepare() {
        commands = new Aes70Commands(settings, roles, objects, reporter);
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

    @Override
    protected void run() {
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
            tick();
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

    private String where() {
        return settings.host() + ":" + settings.port();
    }
}
