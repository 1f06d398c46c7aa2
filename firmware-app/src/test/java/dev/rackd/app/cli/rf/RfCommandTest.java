package dev.rackd.app.cli.rf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.wireless.coord.NaiveChecker;
import dev.rackd.config.CoordinationSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RfCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new RfCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(out.toString());
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asLong()));
        return l;
    }

    /** The independent checker, with the G4 standard guards and mics only. */
    private static List<String> violations(List<Long> khz) {
        return new NaiveChecker(4000, 300).violations(
                khz.stream().map(f -> new NaiveChecker.Tx(f, new int[] {400, 200, 0, 0, 150}, false)).toList());
    }

    @Test
    void coordinatesTwentyFourG4SystemsAsJson() throws Exception {
        assertThat(run("coordinate", "--range", "470000-558000", "--count", "24", "--profile", "standard",
                "--backups", "2", "--json")).isZero();
        JsonNode j = json();
        List<Long> mains = longs(j.get("frequencies_khz"));
        List<Long> backups = longs(j.get("backups_khz"));
        assertThat(mains).hasSize(24).allMatch(f -> f >= 470_000 && f <= 558_000 && f % 25 == 0);
        List<Long> all = new ArrayList<>(mains);
        all.addAll(backups);
        assertThat(violations(all)).isEmpty();
        assertThat(j.get("spacing_khz").toString()).isEqualTo("{\"cc\":400,\"im3\":200,\"im5\":0,\"im7\":0,\"im3x3\":150}");
        assertThat(j.get("complete").asBoolean()).isEqualTo(backups.size() == 2);
    }

    @Test
    void whenFewerFitTheTableSaysSoAndLockedFrequenciesStay() {
        assertThat(run("coordinate", "--range", "500000-504000", "--count", "12", "--spacing", "cc=400,im3=200",
                "--lock", "502000")).isZero();
        String table = out.toString();
        assertThat(table).contains("of 12 systems coordinated").contains("note: only ")
                .containsPattern("ch1 +502000 +25  locked");
    }

    @Test
    void scanExclusionsAndTvChannelsAreHonoured(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("Frequency (MHz),Level (dBm)\n");
        for (int khz = 470_000; khz <= 490_000; khz += 100) {
            csv.append(String.format("%.3f,%s%n", khz / 1000.0, khz >= 480_000 && khz <= 482_000 ? "-50" : "-100"));
        }
        Path scan = dir.resolve("venue.csv");
        Files.writeString(scan, csv.toString());
        assertThat(run("coordinate", "--range", "470000-490000", "--count", "30", "--profile", "standard", "--tv",
                "us", "--scan", scan.toString(), "--exclude", "470000-472000", "--exclude-tv", "17", "--json"))
                .isZero();
        assertThat(longs(json().get("frequencies_khz"))).isNotEmpty().allSatisfy(f -> {
            assertThat(f).isGreaterThan(472_000).isLessThan(488_000);
            assertThat(f >= 479_900 && f <= 482_100).as("%d in the occupied part", f).isFalse();
        });
    }

    @Test
    void withoutTvTheShowFilesDefaultPlanAppliesAndTheOutputSaysWhich() throws Exception {
        assertThat(run("coordinate", "--range", "470000-486000", "--count", "2", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("tv_plan").asText()).isEqualTo("eu")
                .isEqualTo(CoordinationSettings.DEFAULT_TV_PLAN.name().toLowerCase(Locale.ROOT));
        assertThat(j.get("systems").get(0).get("tv_channel").asInt()).as("EU channel 21 is 470-478 MHz").isEqualTo(21);

        out.getBuffer().setLength(0);
        assertThat(run("coordinate", "--range", "470000-486000", "--count", "2")).isZero();
        assertThat(out.toString()).startsWith("2 of 2 systems coordinated").contains("), EU TV plan\n");
        out.getBuffer().setLength(0);
        assertThat(run("coordinate", "--range", "470000-486000", "--count", "2", "--tv", "us")).isZero();
        assertThat(out.toString()).contains("), US TV plan\n").containsPattern("ch1 +470000 +14");

        out.getBuffer().setLength(0);
        assertThat(run("coordinate", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("TV channel plan (default eu, as the show file's tv_plan)");
    }

    @Test
    void onTheUsPlanOnlyTheGuardBandAndTheDuplexGapAreUsedAbove608Mhz() throws Exception {
        assertThat(run("coordinate", "--tv", "us", "--range", "600000-700000", "--count", "12", "--profile",
                "standard", "--backups", "2", "--json")).isZero();
        JsonNode j = json();
        List<Long> all = new ArrayList<>(longs(j.get("frequencies_khz")));
        all.addAll(longs(j.get("backups_khz")));
        assertThat(j.get("tv_plan").asText()).isEqualTo("us");
        assertThat(all).isNotEmpty().allSatisfy(f -> assertThat(f <= 607_999 || f >= 614_000 && f <= 615_999
                || f >= 653_000 && f <= 662_999).as("%d kHz", f).isTrue());
        assertThat(all).as("the guard band and the duplex gap are used").anyMatch(f -> f >= 614_000);

        out.getBuffer().setLength(0);
        assertThat(run("coordinate", "--tv", "us", "--range", "600000-700000", "--count", "2", "--profile",
                "standard", "--lock", "610000")).isZero();
        assertThat(out.toString()).contains("note: ch1 is locked at 610000 kHz, inside 608000-613999 kHz (608-614 MHz"
                + " is TV channel 37, kept for radio astronomy in the US plan); kept as locked");
        assertBad("TV channel 37 cannot be excluded: 608-614 MHz is TV channel 37, kept for radio astronomy in the US"
                + " plan", "coordinate", "--tv", "us", "--range", "470000-608000", "--count", "2", "--exclude-tv",
                "37");
        assertBad("TV channel 45 cannot be included: the US plan has no TV channel 45 since the 600 MHz auction",
                "coordinate", "--tv", "us", "--range", "470000-608000", "--count", "2", "--include-tv", "20,45");
    }

    @Test
    void analyzeNamesOrderSourcesLandingAndVictim() throws Exception {
        assertThat(run("analyze", "--frequencies", "500000,501000,502000,520000", "--profile", "standard",
                "--json")).isZero();
        JsonNode conflicts = json().get("conflicts");
        assertThat(conflicts).hasSize(2);
        JsonNode first = conflicts.get(0);
        assertThat(first.get("order").asText()).isEqualTo("im3");
        assertThat(longs(first.get("sources_khz"))).containsExactly(501_000L, 502_000L);
        assertThat(first.get("lands_khz").asLong()).isEqualTo(500_000);
        assertThat(first.get("hits_khz").asLong()).isEqualTo(500_000);
    }

    @Test
    void analyzeOfACleanSetSaysSo() {
        assertThat(run("analyze", "--frequencies", "470000,471000,473500", "--profile", "robust",
                "--equipment", "mipro-act8")).isZero();
        assertThat(out.toString()).contains("3 carriers, profile mipro-act8/robust").contains("no conflicts");
    }

    @Test
    void withoutAProfileTheShowFilesDefaultApplies() {
        assertThat(run("analyze", "--frequencies", "470000,471000")).isZero();
        assertThat(out.toString()).contains("profile sennheiser-ew-g4/standard");
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhatIsWrong() {
        assertBad("--range 'abc' is not a whole number of kHz", "coordinate", "--range", "470000-abc", "--count", "2",
                "--profile", "standard");
        assertBad("not a whole number of kHz", "coordinate", "--range", "470.5-480000", "--count", "2",
                "--profile", "standard");
        assertBad("'loud' is not a level", "coordinate", "--range", "470000-480000", "--count", "2", "--profile",
                "loud");
        assertBad("--range '480000-470000' ends below its start", "coordinate", "--range", "480000-470000",
                "--count", "2", "--profile", "standard");
        assertBad("not both", "analyze", "--frequencies", "470000", "--profile", "standard", "--spacing", "cc=1");
        assertBad("needs cc=", "analyze", "--frequencies", "470000", "--spacing", "im3=200");
        assertBad("'db=3': expected", "analyze", "--frequencies", "470000", "--spacing", "cc=300,db=3");
        assertBad("use us", "coordinate", "--range", "470000-480000", "--count", "2", "--profile", "more",
                "--tv", "jp");
        assertBad("not a UHF channel", "coordinate", "--range", "470000-480000", "--count", "2", "--profile",
                "more", "--exclude-tv", "5");
        assertBad("--range 470 is out of range (30000 to 3000000 kHz; 470 looks like MHz: write 470000)",
                "coordinate", "--range", "470-534", "--count", "2", "--profile", "more");
        assertBad("--lock 400000 is out of range", "coordinate", "--range", "470000-480000", "--count", "2",
                "--profile", "more", "--lock", "400000");
        assertBad("--lock 470010 is not on the 25 kHz grid from 470000; nearest: 470000 or 470025", "coordinate",
                "--range", "470000-480000", "--count", "2", "--profile", "more", "--lock", "470010");
        assertBad("--occupied-dbm is the level at which a --scan counts as occupied; give the scan (--scan FILE)",
                "coordinate", "--range", "470000-480000", "--count", "2", "--profile", "more", "--occupied-dbm", "-90");
        assertBad("--scan", "coordinate", "--range", "470000-480000", "--count", "2", "--profile", "more",
                "--scan", "/nonexistent/scan.csv");
        assertBad("--count 0 is out of range", "coordinate", "--range", "470000-480000", "--count", "0",
                "--profile", "more");
        assertBad("choose a subcommand");
    }

    private void assertBad(String message, String... args) {
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(out.toString()).isEmpty();
    }
}
