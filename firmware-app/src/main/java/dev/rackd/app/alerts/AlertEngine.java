package dev.rackd.app.alerts;

import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Decimals;
import dev.rackd.hal.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one alert engine of the rack. Everything it knows lives on one thread of its own, fed by the rack
 * state's readings, the domains' {@link Alerts} calls and the crew's acknowledges, so driver threads
 * only hand a reading over and never wait for rules, disk or MQTT.
 *
 * <p>Listeners hear of each task's events once it has run. A clear is first written to the card, with all that
 * came before it: after a kill the alert neither comes back active to be cleared a second time, nor is its clear
 * forgotten (the publisher finds in the saved history what it never took).
 */
public final class AlertEngine implements Alerts, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    static final Duration SWEEP = Duration.ofSeconds(1);
    static final Duration SAVE = Duration.ofMillis(250);
    /** Readings waiting beyond this are dropped (and counted) rather than eat the heap. */
    static final int BACKLOG = 50_000;
    /** While more tasks wait, clears are held back this long at most, so that one write covers a storm of them. */
    static final Duration CLEAR_BATCH = Duration.ofMillis(100);

    private final Clock clock;
    private final DeviceLabels labels;
    private final RuleBook rules;
    private final DeviceWatch watch;
    private final AlertJournal journal;
    private final AlertBook book;
    private final ReadingRules readingRules;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger backlog = new AtomicInteger();
    /** Tasks handed to the thread and not yet started. */
    private final AtomicInteger queued = new AtomicInteger();
    /** Events no listener has heard of yet, oldest first (engine thread only). */
    private final List<AlertEvent> untold = new ArrayList<>();
    /** When the oldest untold clear was first held back ({@link System#nanoTime}); meaningless while none is. */
    private long clearHeldSince;
    private boolean clearHeld;
    private final ScheduledExecutorService thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rackd-alerts");
        t.setDaemon(true);
        return t;
    });
    private volatile RackState state;
    private final AtomicLong dropped = new AtomicLong();

    /** Loads history, counts and open alerts from the store. */
    public AlertEngine(ShowFile show, StateStore store, Clock clock) {
        this.clock = clock;
        this.labels = new DeviceLabels(show);
        this.rules = new RuleBook(show);
        Instant now = clock.instant();
        this.watch = new DeviceWatch(show, show.alerts().offlineAfterPolls(), now);
        this.journal = new AlertJournal(store, 2000);
        AlertJournal.Saved saved = journal.load();
        this.book = new AlertBook(saved.open(), saved.counts(), journal::nextSeq, this::dispatch, now);
        this.readingRules = new ReadingRules(rules, labels, watch, book);
    }

    /** Listeners added before {@link #start} see every event. */
    public void addListener(AlertListener l) {
        listeners.add(l);
    }

    public RuleBook rules() {
        return rules;
    }

    public DeviceLabels labels() {
        return labels;
    }

    public void start(RackState rackState) {
        this.state = rackState;
        rackState.onReading(this::accept);
        rackState.onOnline((id, online, reason) -> submit(() -> online(id, online, reason)));
        thread.scheduleWithFixedDelay(this::sweep, SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(() -> journal.save(book.open(), book.counts()), SAVE.toMillis(),
                SAVE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hands a reading to the engine thread; never blocks the caller. */
    public void accept(Reading r) {
        if (backlog.incrementAndGet() > BACKLOG) {
            backlog.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        submit(() -> {
            backlog.decrementAndGet();
            readingRules.apply(r);
        });
    }

    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        Instant now = clock.instant();
        String m = metric == null ? "" : metric;
        submit(() -> book.holdAndRefresh(new Condition(AlertIds.of(deviceId, m, rule), rule, deviceId, m, severity,
                finite(value), finite(threshold), unitOf(deviceId, m), message, true), now));
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        Instant now = clock.instant();
        submit(() -> book.release(AlertIds.of(deviceId, metric == null ? "" : metric, rule), now));
    }

    @Override
    public void level(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message, double step) {
        Instant now = clock.instant();
        String m = metric == null ? "" : metric;
        submit(() -> book.holdAndFollow(new Condition(AlertIds.of(deviceId, m, rule), rule, deviceId, m, severity,
                finite(value), finite(threshold), unitOf(deviceId, m), message, false), step, now));
    }

    @Override
    public void clear(String rule, String deviceId, String metric, double value, String message) {
        Instant now = clock.instant();
        submit(() -> book.release(AlertIds.of(deviceId, metric == null ? "" : metric, rule), finite(value), message,
                now));
    }

    @Override
    public void acknowledge(String rule, String deviceId, String metric, String user) {
        Instant now = clock.instant();
        submit(() -> book.acknowledge(AlertIds.of(deviceId, metric == null ? "" : metric, rule), user, now));
    }

    public CompletableFuture<List<Alert>> open() {
        return call(book::open);
    }

    public CompletableFuture<Optional<Alert>> acknowledge(String alertId, String user) {
        return call(() -> book.acknowledge(alertId, user, clock.instant()));
    }

    public CompletableFuture<List<Alert>> acknowledgeAll(String user) {
        return call(() -> book.acknowledgeAll(user, clock.instant()));
    }

    /** Newest last; {@code sinceSeq} exclusive (0 for all); {@code deviceId} null for every device. */
    public CompletableFuture<List<AlertEvent>> history(int limit, long sinceSeq, String deviceId) {
        return call(() -> journal.history(limit, sinceSeq, deviceId));
    }

    /** The first {@code limit} events after {@code sinceSeq}, oldest first; {@code deviceId} null for all. */
    public CompletableFuture<List<AlertEvent>> historyAfter(long sinceSeq, int limit, String deviceId) {
        return call(() -> journal.after(sinceSeq, limit, deviceId));
    }

    /** Every device with an open alert or an event in the kept history. */
    public CompletableFuture<Set<String>> devicesWithAlerts() {
        return call(() -> {
            Set<String> out = journal.devices();
            book.open().forEach(a -> out.add(a.device()));
            return out;
        });
    }

    /**
     * Hands the open alerts to {@code action} on the engine thread, in order with the events around it:
     * what the action does next (queueing retained states) cannot overtake a later event.
     */
    public void withOpen(Consumer<List<Alert>> action) {
        submit(() -> {
            tell(true); // nothing of the list may leave before the events that made it
            action.accept(book.open());
        });
    }

    /**
     * Runs on the engine thread, after everything handed over before; the listeners have heard of all that (and of
     * what {@code work} changed) by the time the future completes.
     */
    public <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        queued.incrementAndGet();
        try {
            thread.execute(() -> {
                queued.decrementAndGet();
                try {
                    tell(true);
                    T result = work.get();
                    tell(true);
                    f.complete(result);
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet();
            f.completeExceptionally(new IllegalStateException("the alert engine has stopped"));
        }
        return f;
    }

    /** Stops the thread and saves what is open and the history. */
    @Override
    public void close() {
        if (thread.isShutdown()) {
            return;
        }
        try {
            call(() -> {
                journal.save(book.open(), book.counts());
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.error("alert state not saved at stop: {}", e.toString());
        }
        thread.shutdownNow();
        journal.close();
    }

    /** The periodic checks, now (tests move a clock instead of waiting). */
    CompletableFuture<Void> sweepNow() {
        return call(() -> {
            sweep();
            return null;
        });
    }

    private void online(String deviceId, boolean online, String reason) {
        Instant now = clock.instant();
        String id = AlertIds.of(deviceId, "", RuleBook.OFFLINE);
        if (online) {
            book.release(id, null, AlertWords.online(labels.label(deviceId)), now);
        } else if (!rules.domainReportsLoss(deviceId)) {
            offline(deviceId, reason, now);
        }
    }

    private void offline(String deviceId, String reason, Instant now) {
        MetricRule rule = rules.offlineRule(deviceId);
        book.hold(new Condition(AlertIds.of(deviceId, "", RuleBook.OFFLINE), RuleBook.OFFLINE, deviceId, "",
                rule.critical().isPresent() ? Severity.CRITICAL : Severity.WARNING, null, null, "",
                AlertWords.offline(labels.label(deviceId), reason), rule.latch()), now);
    }

    private void sweep() {
        try {
            Instant now = clock.instant();
            watch.overdueDevices(now).forEach((id, silent) -> offline(id, "no valid reading for "
                    + silent.toSeconds() + " s", now));
            book.tick(now);
            tell(false);
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.error("alert engine fell behind: {} readings dropped", lost);
            }
        } catch (RuntimeException e) {
            LOG.error("alert sweep failed", e);
        }
    }

    private void dispatch(AlertEvent e) {
        journal.record(e);
        untold.add(e);
    }

    /**
     * Tells the listeners the untold events, in order. When a clear is among them, the state is on the card first;
     * unless {@code now}, that waits while more tasks are queued, up to {@link #CLEAR_BATCH}.
     */
    private void tell(boolean now) {
        if (untold.isEmpty()) {
            return;
        }
        if (untold.stream().anyMatch(e -> e.type() == AlertEvent.Type.CLEAR)) {
            long t = System.nanoTime();
            if (!clearHeld) {
                clearHeld = true;
                clearHeldSince = t;
            }
            if (!now && queued.get() > 0 && t - clearHeldSince < CLEAR_BATCH.toNanos()) {
                return;
            }
            journal.saveNow(book.open(), book.counts());
            clearHeld = false;
        }
        List<AlertEvent> batch = List.copyOf(untold);
        untold.clear();
        for (AlertEvent e : batch) {
            for (AlertListener l : listeners) {
                try {
                    l.changed(e);
                } catch (RuntimeException ex) {
                    LOG.error("alert listener failed on {}", e.alert().id(), ex);
                }
            }
        }
    }

    private void submit(Runnable r) {
        queued.incrementAndGet();
        try {
            thread.execute(() -> {
                queued.decrementAndGet();
                try {
                    r.run();
                    tell(false);
                } catch (RuntimeException e) {
                    LOG.error("alert engine task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet();
            LOG.debug("alert engine stopped; dropped a task");
        }
    }

    private String unitOf(String deviceId, String metric) {
        RackState s = state;
        return s == null ? "" : s.latest(deviceId, metric).map(r -> r.unit().symbol()).orElse("");
    }

    /** Null when not a number; else to twelve digits, as readings are (a limit of 253, not 253.00000000000003). */
    private static Double finite(double v) {
        return Double.isFinite(v) ? Decimals.twelveDigits(v) : null;
    }
}
