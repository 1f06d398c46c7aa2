package dev.rackd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as the crew uses it; nothing here starts a rack. */
class RackdCommandTest {
    private static final String TOURING = "../rack-config/examples/touring-rack.yaml";
    private static final String MINIMAL = "../rack-config/examples/minimal.yaml";
    private final Cli cli = new Cli();

    @TempDir
    Path tmp;

    private int rackd(String... args) {
        return cli.run(args);
    }

    @Test
    void everyHelpPageSaysItsDefaultsNeverNull() {
        ArrayDeque<CommandLine> pages = new ArrayDeque<>();
        pages.add(RackdCommand.commandLine());
        int seen = 0;
        while (!pages.isEmpty()) {
            CommandLine page = pages.pop();
            pages.addAll(page.getSubcommands().values());
            String help = page.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as(page.getCommandSpec().qualifiedName()).doesNotContain("null");
            seen++;
        }
        assertThat(seen).isGreaterThan(8);
        Cli report = new Cli();
        report.run("report", "--help");
        assertThat(report.out().replaceAll("\\s+", " ")).contains("this machine's, " + ZoneId.systemDefault().getId());
    }

    @Test
    void validateSummarisesAGoodShowFileInOneLine() {
        assertThat(rackd("validate", TOURING)).isZero();
        assertThat(cli.out()).isEqualTo("touring-rack.yaml: rack foh-a (FOH Rack A), 3 power meters,"
                + " 1 DC monitor, 6 temperature sensors, 2 amplifiers (8 channels), 3 wireless receivers (8 channels),"
                + " 1 spectrum scanner, audio 2 ch at 48000 Hz, 5 GPIO outputs, 1 GPIO input, MQTT tcp://10.10.0.2:1883"
                + System.lineSeparator());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void validateNamesTheEmbeddedBrokerWhenTheFileHasNone() {
        assertThat(rackd("validate", MINIMAL)).isZero();
        assertThat(cli.out()).contains("rack minimal-rack").contains("MQTT embedded broker on 127.0.0.1:1883");
    }

    @Test
    void aBadShowFileExitsTwoWithPositionedErrorsOnStderr() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "rack:\n  id: Foh A\n  colour: red\n");
        assertThat(rackd("validate", bad.toString())).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l -> l.startsWith(bad + ":"))
                .anyMatch(l -> l.startsWith(bad + ":3:3: rack.colour"));
    }

    @Test
    void runRefusesABadScenarioByLineBeforeStartingAnything() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("demo.txt"), """
                # amp A overheats during the show
                5 amp-a ch1_temperature 67
                7 amp-z state offline
                9 amp-a ch1_temperature sizzling
                """);
        assertThat(rackd("run", "--config", TOURING, "--simulate", "--scenario", scenario.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "demo.txt:3: no device 'amp-z' in the show file; devices: amp-a, amp-a-temp, amp-b, amp-b-temp, audio,"
                        + " distro-l1, distro-l2, distro-l3, ew-mc, pi-soc, rack-exhaust, rack-intake, rail-24v,"
                        + " rf-explorer, ulxd-1, ulxd-2, wedge-amp-temp",
                "demo.txt:4: a metric takes a number or 'release', not 'sizzling'");
    }

    @Test
    void aScenarioNeedsSimulation() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("s.txt"), "1 amp-a state offline\n");
        assertThat(rackd("run", "--config", TOURING, "--scenario", scenario.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--scenario needs --simulate");
    }

    @Test
    void aBadBrokerAddressIsRefusedWithAnExample() {
        assertThat(rackd("run", "--config", TOURING, "--broker", "localhost:1883")).isEqualTo(2);
        assertThat(cli.err()).contains("allowed: tcp://host:port").contains("e.g. tcp://10.0.0.2:1883");
    }

    @Test
    void runWithAMissingShowFileExitsTwo() {
        assertThat(rackd("run", "--config", tmp.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("nope.yaml:1:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "dsp", "rf"})
    void everySubcommandHasHelp(String sub) {
        assertThat(rackd(sub, "--help")).isZero();
        assertThat(cli.out()).startsWith("Usage: rackd " + sub);
    }

    @Test
    void helpNamesASubcommandsOptions() {
        assertThat(rackd("help", "run")).isZero();
        assertThat(cli.out()).contains("--simulate").contains("--scenario=FILE").contains("--broker=URI");
    }

    @Test
    void helpFollowsTheWholePathToASubcommand() {
        assertThat(rackd("help", "dsp", "stream")).isZero();
        assertThat(cli.out()).startsWith("Usage: rackd dsp stream").contains("--block");
        assertThat(rackd("help", "dsp", "strem")).isEqualTo(2);
        assertThat(cli.err()).contains("'dsp' has no command 'strem'; did you mean 'stream'?");
    }

    @Test
    void versionAndRootHelp() {
        assertThat(rackd("--version")).isZero();
        assertThat(cli.out()).startsWith("rackd 0.1.0").contains("Java ");
        assertThat(rackd()).isEqualTo(2);
        assertThat(cli.err()).contains("Commands:").contains("run").contains("validate").contains("dsp")
                .contains("rf");
    }

    @Test
    void aBadLogLevelIsRefusedBeforeAnythingStarts() {
        assertThat(rackd("run", "--config", TOURING, "--log-level", "warn,dev.rackd.hal=loud")).isEqualTo(2);
        assertThat(cli.err()).contains("--log-level").contains("unknown log level 'loud'")
                .contains("trace, debug, info, warn, error or off");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatFitsOnAPhone() {
        assertThat(rackd("run", "--config", TOURING, "--simulated")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("Unknown option: '--simulated'", "Possible solutions: --simulate",
                "See 'rackd run --help'.");
    }

    @Test
    void aMisspeltRequiredOptionIsNamedNotReportedMissing() {
        assertThat(rackd("rf", "coordinate", "--count", "4", "--rnage", "470000-608000")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("Unknown option: '--rnage'", "Possible solutions: --range",
                "See 'rackd rf coordinate --help'.");
        assertThat(rackd("rf", "coordinate", "--count", "4", "--rnage=470000-608000")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Unknown option: '--rnage'");
    }

    @Test
    void everyCommandAnswersVersionAndRfAnalyseIsAnalyze() {
        assertThat(rackd("rf", "coordinate", "-V")).isZero();
        assertThat(cli.out()).startsWith("rackd 0.1.0");
        assertThat(rackd("rf", "analyse", "--frequencies", "518200,519000")).isZero();
    }

    @Test
    void aMissingOptionIsStillReportedMissing() {
        assertThat(rackd("rf", "coordinate", "--count", "4")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Missing required option: '--range=FROM-TO'");
    }

    @Test
    void aBadValueSaysWhatIsWrongAndWhereTheHelpIs() {
        assertThat(rackd("rf", "coordinate", "--range", "470000-480000", "--count", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--count 0 is out of range").contains("See 'rackd rf coordinate --help'.")
                .doesNotContain("Usage:");
    }
}
