package dev.rackd.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.helpers.MessageFormatter;

/**
 * Collapses a fault that repeats: per logger, level, message template and subject, the first event of a
 * window is logged, the rest are counted, and when the window ends one line says
 * "&lt;last message&gt; (repeated 41 more times in 60 s)". A meter that times out every 200 ms then costs
 * two lines a minute instead of 300, and the journal on the SD card keeps its history. The subject is what
 * the message's text arguments say (the device, the port, the reason); numbers may change within a repeat.
 * So a second device failing the same way is logged at once, not hidden in the first one's count.
 *
 * <p>DEBUG and TRACE pass untouched: whoever turns them on wants every line. Memory is bounded: at most
 * {@link #MAX_KEYS} templates are tracked; the oldest is summarised and dropped to make room.
 */
public final class RepeatSummarizer extends TurboFilter {
    /** Marks the summary lines themselves, which must never be counted. */
    public static final Marker SUMMARY = MarkerFactory.getMarker("REPEAT_SUMMARY");
    static final int MAX_KEYS = 256;
    private static final String FQCN = RepeatSummarizer.class.getName();

    private record Key(String logger, Level level, String template, List<String> subject) {}

    private static final class Window {
        final Logger logger;
        final Level level;
        final long startMillis;
        int suppressed;
        String last;

        Window(Logger logger, Level level, long startMillis) {
            this.logger = logger;
            this.level = level;
            this.startMillis = startMillis;
        }
    }

    private final Map<Key, Window> windows = new LinkedHashMap<>();
    private long windowMillis = 60_000;
    private LongSupplier clockMillis = () -> System.nanoTime() / 1_000_000; // monotonic: NTP may jump
    private ScheduledExecutorService timer;

    /** Set from logback.xml ({@code <windowSeconds>}). */
    public void setWindowSeconds(int seconds) {
        this.windowMillis = seconds * 1000L;
    }

    void setClock(LongSupplier millis) {
        this.clockMillis = millis;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("log-repeats").unstarted(r));
        long every = Math.max(1000, windowMillis / 4);
        timer.scheduleAtFixedRate(this::flushExpired, every, every, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        flush(true);
        super.stop();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (format == null || level.toInt() < Level.INFO_INT || marker == SUMMARY
                || level.toInt() < logger.getEffectiveLevel().toInt()) {
            return FilterReply.NEUTRAL;
        }
        Key key = new Key(logger.getName(), level, format, subject(params));
        long now = clockMillis.getAsLong();
        List<Window> ended = new ArrayList<>();
        FilterReply reply;
        synchronized (this) {
            Window w = windows.get(key);
            if (w != null && now - w.startMillis < windowMillis) {
                w.suppressed++;
                w.last = MessageFormatter.arrayFormat(format, params).getMessage();
                reply = FilterReply.DENY;
            } else {
                if (w != null) {
                    ended.add(w);
                }
                windows.remove(key);
                windows.put(key, new Window(logger, level, now));
                if (windows.size() > MAX_KEYS) {
                    Iterator<Window> oldest = windows.values().iterator();
                    ended.add(oldest.next());
                    oldest.remove();
                }
                reply = FilterReply.NEUTRAL;
            }
        }
        summarise(ended);
        return reply;
    }

    /** The text arguments of a message (numbers and throwables left out): who or what it is about. */
    private static List<String> subject(Object[] params) {
        if (params == null) {
            return List.of();
        }
        List<String> subject = new ArrayList<>(params.length);
        for (Object p : params) {
            if (p != null && !(p instanceof Number) && !(p instanceof Throwable)) {
                subject.add(p.toString());
            }
        }
        return subject;
    }

    /**
     * Writes every pending count now. rackd calls this last on its way out: logback stops its appenders
     * before its filters, so counts still open when logging stops would otherwise be lost.
     */
    public static void flushAll() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            flushAll(context);
        }
    }

    static void flushAll(LoggerContext context) {
        for (TurboFilter f : context.getTurboFilterList()) {
            if (f instanceof RepeatSummarizer r) {
                r.flush(true);
            }
        }
    }

    /** Ends every window older than the window length; called by the timer, and by tests. */
    void flushExpired() {
        flush(false);
    }

    private void flush(boolean all) {
        long now = clockMillis.getAsLong();
        List<Window> ended = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
                Window w = it.next();
                if (all || now - w.startMillis >= windowMillis) {
                    ended.add(w);
                    it.remove();
                }
            }
        }
        summarise(ended);
    }

    /** Logs outside the lock: the summary passes through this filter again (and is let through). */
    private void summarise(List<Window> ended) {
        for (Window w : ended) {
            if (w.suppressed > 0) {
                String text = w.last + " (repeated " + w.suppressed + " more time" + (w.suppressed == 1 ? "" : "s")
                        + " in " + windowMillis / 1000 + " s)";
                w.logger.log(SUMMARY, FQCN, Level.toLocationAwareLoggerInteger(w.level), "{}", new Object[] {text}, null);
            }
        }
    }
}
