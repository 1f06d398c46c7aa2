package dev.rackd.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatSummarizerTest {
    private final AtomicLong millis = new AtomicLong(5_000_000);
    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final RepeatSummarizer filter = new RepeatSummarizer();
    private Logger meter;
    private Logger amp;

    @BeforeEach
    void setUp() {
        filter.setContext(context);
        filter.setWindowSeconds(60);
        filter.setClock(millis::get);
        context.addTurboFilter(filter); // not started: the test drives the clock and the flushes
        appender.setContext(context);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        meter = context.getLogger("dev.rackd.hal.power.pzem.PzemMeter");
        amp = context.getLogger("dev.rackd.hal.amps.Amp");
    }

    @AfterEach
    void tearDown() {
        context.stop();
    }

    private void seconds(long s) {
        millis.addAndGet(s * 1000);
    }

    private List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void aFloodOfTheSameFaultBecomesOneLineAndACount() {
        for (int i = 0; i < 100; i++) {
            meter.warn("{} no answer after {} tries", "distro-l2", 3 + i % 2);
            millis.addAndGet(200);
        }
        seconds(60);
        filter.flushExpired();
        assertThat(lines()).containsExactly("WARN distro-l2 no answer after 3 tries",
                "WARN distro-l2 no answer after 4 tries (repeated 99 more times in 60 s)");
    }

    @Test
    void aFaultThatGoesOnForMinutesCostsTwoLinesPerWindow() {
        for (int s = 0; s < 300; s++) {
            meter.error("bus {} unplugged", "/dev/ttyUSB0", new IOException("vanished"));
            seconds(1);
            if (s % 15 == 0) {
                filter.flushExpired();
            }
        }
        filter.flushExpired();
        assertThat(lines()).hasSizeLessThanOrEqualTo(10).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines()).filteredOn(l -> l.contains("repeated")).allMatch(l -> l.startsWith("ERROR "));
        int counted = lines().stream().mapToInt(l -> l.contains("repeated")
                ? Integer.parseInt(l.replaceAll(".*repeated (\\d+) more.*", "$1")) : 1).sum();
        assertThat(counted).isEqualTo(300);
    }

    @Test
    void differentTemplatesLoggersAndLevelsAreKeptApart() {
        meter.warn("{} no answer", "distro-l1");
        meter.warn("{} CRC error", "distro-l1");
        amp.warn("{} no answer", "amp-a");
        meter.error("{} no answer", "distro-l1");
        meter.warn("{} no answer", "distro-l1");
        filter.flushExpired();
        seconds(61);
        filter.flushExpired();
        assertThat(lines()).containsExactly("WARN distro-l1 no answer", "WARN distro-l1 CRC error", "WARN amp-a no answer",
                "ERROR distro-l1 no answer", "WARN distro-l1 no answer (repeated 1 more time in 60 s)");
    }

    @Test
    void aSecondDeviceFailingTheSameWayIsLoggedAtOnce() {
        meter.warn("{} offline: {}", "distro-l2", "no answer");
        meter.warn("{} offline: {}", "distro-l2", "no answer");
        meter.warn("{} offline: {}", "distro-l3", "no answer");
        seconds(61);
        filter.flushExpired();
        assertThat(lines()).containsExactly("WARN distro-l2 offline: no answer", "WARN distro-l3 offline: no answer",
                "WARN distro-l2 offline: no answer (repeated 1 more time in 60 s)");
    }

    @Test
    void afterAQuietWindowTheNextOccurrenceIsLoggedAtOnce() {
        meter.warn("{} no answer", "distro-l3");
        seconds(61);
        filter.flushExpired();
        meter.warn("{} no answer", "distro-l3");
        assertThat(lines()).containsExactly("WARN distro-l3 no answer", "WARN distro-l3 no answer");
    }

    @Test
    void theSummaryComesWithTheNextOccurrenceEvenWithoutTheTimer() {
        meter.warn("{} no answer", "distro-l3");
        meter.warn("{} no answer", "distro-l3");
        seconds(61);
        meter.warn("{} no answer", "distro-l3");
        assertThat(lines()).containsExactly("WARN distro-l3 no answer",
                "WARN distro-l3 no answer (repeated 1 more time in 60 s)", "WARN distro-l3 no answer");
    }

    @Test
    void debugIsNeverCollapsedAndDisabledLevelsAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            meter.debug("frame {}", i);
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
        for (int i = 0; i < 5; i++) {
            meter.warn("quiet {}", i);
        }
        seconds(61);
        filter.flushExpired();
        assertThat(lines()).containsExactly("DEBUG frame 0", "DEBUG frame 1", "DEBUG frame 2", "DEBUG frame 3",
                "DEBUG frame 4");
    }

    @Test
    void endlessDistinctTemplatesKeepMemoryBoundedAndLoseNoCount() {
        int templates = RepeatSummarizer.MAX_KEYS * 4;
        for (int i = 0; i < templates; i++) {
            String template = "reading " + i + " out of range"; // a template built by concatenation
            meter.warn(template);
            meter.warn(template);
        }
        long summaries = lines().stream().filter(l -> l.contains("(repeated 1 more time")).count();
        assertThat(summaries).isEqualTo(templates - RepeatSummarizer.MAX_KEYS);
        filter.stop();
        assertThat(lines().stream().filter(l -> l.contains("(repeated 1 more time")).count()).isEqualTo(templates);
    }
}
