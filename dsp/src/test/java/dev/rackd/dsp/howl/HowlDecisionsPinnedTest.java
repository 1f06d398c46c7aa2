package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the howl detector's decisions: on every scenario of {@link HowlDecisions} it must report exactly the howls
 * (frequency and level to the last bit, sample index) it reported before its speed-up, as the resource
 * {@code howl-decisions.txt} holds them (per scenario the count, a SHA-256 of all reports and the first few). The
 * detector is tuned against the acoustic bench: a change here is a change of behaviour, never a rounding to wave
 * through. Where it is meant, regenerate the resource with {@code HowlDecisions pinned FILE} and re-run the bench.
 */
class HowlDecisionsPinnedTest {

    @Test
    void everyScenarioReportsTheHowlsItAlwaysDid() throws IOException {
        Map<String, String> expected = pinned();
        List<String> differing = new ArrayList<>();
        List<HowlDecisions.Reports> all = HowlDecisions.all();
        for (HowlDecisions.Reports reports : all) {
            String want = expected.get(reports.scenario());
            if (!reports.pinned().equals(want)) {
                differing.add(reports.scenario() + (want == null ? " (not pinned)" : "\n  pinned:\n" + want
                        + "  now:\n" + reports.pinned()));
            }
        }
        assertThat(differing).as("scenarios whose reports changed").isEmpty();
        assertThat(all).as("scenarios run").hasSameSizeAs(expected.keySet());
    }

    /** The pinned text of each scenario, by name. */
    private static Map<String, String> pinned() throws IOException {
        String text;
        try (InputStream in = HowlDecisionsPinnedTest.class.getResourceAsStream("howl-decisions.txt")) {
            assertThat(in).as("howl-decisions.txt").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        Map<String, String> byScenario = new LinkedHashMap<>();
        for (String block : text.split("(?m)^(?=# )")) {
            if (!block.isEmpty()) {
                byScenario.put(block.substring(2, block.indexOf('\n')), block);
            }
        }
        return byScenario;
    }
}
