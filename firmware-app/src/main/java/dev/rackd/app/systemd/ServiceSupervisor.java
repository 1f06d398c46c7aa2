package dev.rackd.app.systemd;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * rackd's side of the contract with systemd: READY=1 once the service can do its job, STATUS= with a
 * one-line summary, WATCHDOG=1 only while every loop makes progress, STOPPING=1 on the way out.
 * Outside systemd every message is dropped and the watchdog only logs stalls.
 */
public final class ServiceSupervisor implements AutoCloseable {
    /** What must have happened before systemd hears READY=1. */
    public enum StartStep { SHOW_LOADED, MESSAGING_READY, DRIVERS_STARTED }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceSupervisor.class);
    private static final Duration UNSUPERVISED_TICK = Duration.ofSeconds(5);

    private final Notifier notifier;
    private final Watchdog watchdog;
    private final Optional<Duration> timeout;
    private final EnumSet<StartStep> done = EnumSet.noneOf(StartStep.class);
    private ScheduledExecutorService timer;
    private String status = "starting";
    private String stalled = "";

    public ServiceSupervisor(Notifier notifier, Optional<Duration> timeout, LongSupplier nanoTime) {
        this.notifier = notifier;
        this.timeout = timeout;
        this.watchdog = new Watchdog(notifier, nanoTime);
    }

    /** Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from the process environment. */
    public static ServiceSupervisor fromEnvironment() {
        Map<String, String> env = System.getenv();
        ServiceSupervisor s = new ServiceSupervisor(Notifier.fromEnvironment(env),
                WatchdogTimeout.fromEnvironment(env, ProcessHandle.current().pid()), System::nanoTime);
        LOG.info("{}; watchdog {}", s.notifier.describe(),
                s.timeout.map(t -> "timeout " + t.toMillis() + " ms").orElse("off"));
        return s;
    }

    public void register(ProgressSource source) {
        watchdog.register(source);
    }

    public void unregister(String name) {
        watchdog.unregister(name);
    }

    /** Marks one start step done; the last of the three sends READY=1 and starts the watchdog's ticks. */
    public synchronized void completed(StartStep step) {
        if (!done.add(step) || done.size() < StartStep.values().length) {
            return;
        }
        notifier.send("READY=1\nSTATUS=" + status);
        LOG.info("ready: {}", status);
        Duration every = timeout.map(WatchdogTimeout::tickInterval).orElse(UNSUPERVISED_TICK);
        timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("watchdog").unstarted(r));
        timer.scheduleAtFixedRate(this::tickQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized boolean isReady() {
        return done.size() == StartStep.values().length;
    }

    /** Updates the line in {@code systemctl status}; unchanged lines are not re-sent. */
    public synchronized void status(StatusLine line) {
        String text = line.text();
        if (!text.equals(status)) {
            status = text;
            sendStatus();
        }
    }

    /** One watchdog round: pings only if every source moved, and reports stalls once when they start and end. */
    public synchronized Watchdog.Verdict tick() {
        Watchdog.Verdict v = watchdog.tick();
        String now = v.pinged() ? "" : v.summary();
        if (!now.equals(stalled)) {
            if (now.isEmpty()) {
                LOG.info("watchdog: every loop is progressing again; pings resumed");
            } else {
                LOG.error("watchdog: stalled: {}; pings stopped, systemd restarts rackd {}", now,
                        timeout.map(t -> "within " + t.toSeconds() + " s").orElse("(not supervised here)"));
            }
            stalled = now;
            sendStatus();
        }
        return v;
    }

    /** Tells systemd we are shutting down on purpose, and stops pinging. */
    public synchronized void stopping() {
        stopTimer();
        notifier.send("STOPPING=1\nSTATUS=stopping");
    }

    @Override
    public synchronized void close() {
        stopTimer();
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("watchdog tick failed; no ping this round", e);
        }
    }

    private void sendStatus() {
        String line = stalled.isEmpty() ? status : "STALLED: " + stalled + " | " + status;
        notifier.send("STATUS=" + line.replace('\n', ' ')); // a newline would start a new assignment
    }

    private void stopTimer() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
