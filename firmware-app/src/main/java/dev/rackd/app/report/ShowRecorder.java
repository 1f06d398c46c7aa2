package dev.rackd.app.report;

import dev.rackd.app.alerts.AlertJson;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.web.AlertSource;
import dev.rackd.app.web.DomainFeeds;
import dev.rackd.app.web.RackLayout;
import dev.rackd.app.web.StepMean;
import dev.rackd.app.web.WebSources;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the show's history for {@code rackd report}: every metric's mean over each {@value #SAMPLE_SECONDS}
 * s, and every alert event, device going off- or online, and wireless and audio event, in a
 * {@link HistoryLog} under {@code <state dir>/history/}, bounded to {@link #TOTAL_BYTES}. Its own thread
 * owns the files; driver threads only add to a sum. A full card or a failing write is logged and the
 * service carries on.
 */
public final class ShowRecorder implements AutoCloseable {
    public static final String FOLDER = "history";
    static final int SAMPLE_SECONDS = 30;
    static final long SEGMENT_BYTES = 1L << 20;
    static final long TOTAL_BYTES = 32L << 20;
    static final int MAX_QUEUED_EVENTS = 10_000;
    static final int MAX_EVENT_BYTES = 8 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ShowRecorder.class);

    private record Event(Instant time, String kind, String json) {}

    private record UnitMean(String unit, StepMean mean) {}

    private final HistoryLog file;
    private final Map<String, UnitMean> means = new ConcurrentHashMap<>();
    private final BlockingQueue<Event> events = new ArrayBlockingQueue<>(MAX_QUEUED_EVENTS);
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("rackd-recorder").factory());
    private final WebSources src;
    private volatile boolean closed;
    private long lastComplaint;

    private ShowRecorder(HistoryLog file, WebSources src) {
        this.file = file;
        this.src = src;
    }

    public static ShowRecorder start(WebSources src, Path stateDir) throws IOException {
        String meta = Json.MAPPER.writeValueAsString(RackLayout.of(src.show(), false));
        ShowRecorder r = new ShowRecorder(new HistoryLog(stateDir.resolve(FOLDER), SEGMENT_BYTES, TOTAL_BYTES,
                src.clock(), meta), src);
        src.state().onReading(r::accept);
        src.state().onOnline((id, online, reason) -> r.queue("device", Json.MAPPER.createObjectNode()
                .put("device", id).put("online", online).put("reason", reason).toString()));
        AlertSource alerts = src.alerts();
        alerts.listen(e -> r.queue("alert", AlertJson.event(e).toString()));
        src.messaging().ifPresent(m -> {
            m.subscribe(m.prefix() + DomainFeeds.WIRELESS_EVENTS, msg -> r.domainEvent("wireless", msg));
            m.subscribe(m.prefix() + DomainFeeds.AUDIO_EVENTS, msg -> r.domainEvent("audio", msg));
            m.subscribe(m.prefix() + "power/sequence", msg -> r.domainEvent("power", msg));
        });
        r.thread.scheduleWithFixedDelay(r::writeEvents, 1, 1, TimeUnit.SECONDS);
        r.thread.scheduleAtFixedRate(r::writeSamples, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
        log.info("show history kept in {} (rackd report reads it)", stateDir.resolve(FOLDER));
        return r;
    }

    void accept(Reading r) {
        if (closed || r.quality() != Quality.GOOD || !Double.isFinite(r.value())) {
            return;
        }
        String key = r.deviceId() + "/" + r.metric();
        UnitMean m = means.get(key);
        if (m == null) {
            if (means.size() >= 4000) {
                return;
            }
            m = means.computeIfAbsent(key, k -> new UnitMean(r.unit().symbol(), new StepMean()));
        }
        m.mean().add(r.value());
    }

    private void domainEvent(String kind, InboundMessage m) {
        if (m.retained() || m.payload().length == 0 || m.payload().length > MAX_EVENT_BYTES) {
            return;
        }
        DomainFeeds.jsonObject(m.topic(), m.payload())
                .ifPresent(json -> queue(kind, new String(m.payload(), StandardCharsets.UTF_8)));
    }

    private void queue(String kind, String json) {
        if (!closed && !events.offer(new Event(src.clock().instant(), kind, json))) {
            dropped.incrementAndGet();
        }
    }

    private void writeEvents() {
        try {
            boolean any = false;
            for (Event e = events.poll(); e != null; e = events.poll()) {
                file.event(e.time(), e.kind(), e.json());
                any = true;
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                file.event(src.clock().instant(), "recorder", "{\"dropped_events\":" + lost + "}");
                any = true;
            }
            if (any) {
                file.sync();
            }
        } catch (IOException | RuntimeException e) {
            complain(e);
        }
    }

    private void writeSamples() {
        try {
            Map<String, HistoryLog.Sample> values = new TreeMap<>();
            means.forEach((key, mean) -> {
                double v = mean.mean().take();
                if (!Double.isNaN(v)) {
                    values.put(key, new HistoryLog.Sample(mean.unit(), v));
                }
            });
            file.samples(src.clock().instant(), values);
            file.sync();
        } catch (IOException | RuntimeException e) {
            complain(e);
        }
    }

    /** At most once a minute, so a full card does not flood the journal. */
    private void complain(Exception e) {
        long now = System.nanoTime();
        if (now - lastComplaint > Duration.ofMinutes(1).toNanos() || lastComplaint == 0) {
            lastComplaint = now;
            log.error("show history not written: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.submit(() -> {
                writeEvents();
                writeSamples();
                file.close();
                return null;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("show history not closed cleanly: {}", e.toString());
        }
        thread.shutdownNow();
    }
}
