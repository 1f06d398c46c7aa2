package dev.rackd.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped rackd-logback.xml, loaded as rackd loads it, writing to a captured stderr. */
class LogbackXmlTest {
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private LoggerContext context;

    private LoggerContext configure(String levelSpec, boolean journal) throws Exception {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        setOrClear("rackd.log.level", levelSpec);
        setOrClear("rackd.log.journal", journal ? "true" : null);
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as slf4j's logback provider sets it
        JoranConfigurator config = new JoranConfigurator();
        config.setContext(context);
        config.doConfigure(getClass().getResource("/rackd-logback.xml"));
        context.start(); // as slf4j's logback provider does right after configuring
        return context;
    }

    private static void setOrClear(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @AfterEach
    void restore() {
        if (context != null) {
            context.stop();
        }
        System.setErr(realErr);
        System.clearProperty("rackd.log.level");
        System.clearProperty("rackd.log.journal");
    }

    private List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void underJournaldEachEventIsOneLineWithPriorityLevelAndShortLoggerName() throws Exception {
        Logger log = configure(null, true).getLogger("dev.rackd.hal.power.pzem.PzemMeter");
        log.warn("meter {} sent\nname \u001b[31mred", "distro-l1",
                new IOException("port vanished", new IllegalStateException("USB reset")));
        log.info("distro-l1 online");
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).startsWith("<4>WARN  PzemMeter [main]: meter distro-l1 sent\\nname \\x1b[31mred | IOException: port vanished @ LogbackXmlTest.")
                .contains(" | caused by IllegalStateException: USB reset");
        assertThat(lines().get(1)).isEqualTo("<6>INFO  PzemMeter [main]: distro-l1 online");
    }

    @Test
    void inATerminalLinesStartWithTheTime() throws Exception {
        configure(null, false).getLogger("x.Y").info("hello");
        assertThat(lines()).singleElement().asString().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Y \\[main\\]: hello");
    }

    @Test
    void theEnvironmentSetsRootAndPerLoggerLevelsOverTheDefaults() throws Exception {
        LoggerContext c = configure("warn, com.pi4j=debug, dev.rackd.hal.power=trace", true);
        assertThat(c.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(c.getLogger("com.pi4j").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(c.getLogger("dev.rackd.hal.power.pzem.PzemMeter").getEffectiveLevel()).isEqualTo(Level.TRACE);
        c.getLogger("dev.rackd.app.Main").info("not shown");
        assertThat(lines()).isEmpty();
    }

    @Test
    void aBadLevelIsReportedAndTheDefaultsStay() throws Exception {
        LoggerContext c = configure("verbose", true);
        assertThat(c.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(lines()).singleElement().asString()
                .isEqualTo("<4>WARN  LevelsFromEnvironment [main]: RACKD_LOG_LEVEL ignored: unknown log level 'verbose'"
                        + " in 'verbose'; use trace, debug, info, warn, error or off");
    }

    @Test
    void repeatsAreSummarisedByTheShippedConfiguration() throws Exception {
        Logger log = configure(null, true).getLogger("dev.rackd.hal.amps.Amp");
        for (int i = 0; i < 50; i++) {
            log.warn("{} did not answer", "amp-b");
        }
        RepeatSummarizer.flushAll(context); // what rackd does last on its way out
        assertThat(lines()).containsExactly("<4>WARN  Amp [main]: amp-b did not answer",
                "<4>WARN  Amp [main]: amp-b did not answer (repeated 49 more times in 60 s)");
    }
}
