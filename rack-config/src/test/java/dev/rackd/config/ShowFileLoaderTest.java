package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rackd.config.AudioSettings.FeedbackMode;
import dev.rackd.config.MainsSettings.MainsMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowFileLoaderTest {

    private static ShowFile parse(String yaml) throws ShowFileException {
        return ShowFileLoader.parse(yaml, "show.yaml");
    }

    private static ShowFileException rejected(String yaml) {
        return catchThrowableOfType(ShowFileException.class, () -> parse(yaml));
    }

    @Test
    void errorLinesReadLikeACompilersWithOneBasedPositions() {
        ShowFileException e = rejected("rack:\n  id: foh-a\n  nmae: FOH\n");

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error).isEqualTo(new ConfigError("show.yaml", 3, 3, "rack.nmae",
                    "unknown key 'nmae', did you mean 'name'?; allowed keys: id, name, mains"));
            assertThat(error.toString()).isEqualTo("show.yaml:3:3: rack.nmae: unknown key 'nmae', did you mean"
                    + " 'name'?; allowed keys: id, name, mains");
        });
    }

    @Test
    void loadNamesTheFileAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rack.yaml");
        Files.writeString(file, "rack:\n  id: foh-a\naudio:\n  block_size: 48\n");

        assertThatThrownBy(() -> ShowFileLoader.load(file))
                .isInstanceOf(ShowFileException.class)
                .hasMessage(file + ":4:15: audio.block_size: 48 is not a power of two; allowed: 16, 32, 64, 128, 256,"
                        + " 512, 1024, 2048, 4096");
    }

    @Test
    void unreadableFilesAreErrorsNotStackTraces(@TempDir Path dir) {
        assertThatThrownBy(() -> ShowFileLoader.load(dir.resolve("nope.yaml")))
                .isInstanceOf(ShowFileException.class).hasMessageContaining("nope.yaml:1:1: (file): cannot be read"
                        + " (no such file)");
        assertThatThrownBy(() -> ShowFileLoader.load(dir))
                .isInstanceOf(ShowFileException.class).hasMessageContaining("is a folder");
    }

    @Test
    void everyErrorIsReportedAtOnceInFileOrder() {
        ShowFileException e = rejected("""
                rack: {id: foh-a}
                gpio:
                  outputs:
                    - {id: r1, pin: 99, role: relay}
                    - {id: r1, pin: 5, role: relay, colour: red}
                power:
                  sequence:
                    - {relay: r9, delay: soon}
                """);

        assertThat(e.errors()).extracting(ConfigError::line).containsExactly(4, 5, 5, 8, 8);
        assertThat(e.errors()).extracting(ConfigError::path).containsExactly("gpio.outputs[0].pin",
                "gpio.outputs[1].id", "gpio.outputs[1].colour", "power.sequence[0].relay", "power.sequence[0].delay");
    }

    @Test
    void optionalKeysGetTheirDocumentedDefaults() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: gen-rack, mains: {mode: generator}}
                audio:
                power:
                  meters:
                    - {id: sdm, kind: sdm630, port: /dev/ttyUSB0, address: 1, breaker_amps: 63}
                    - {id: sdm120, kind: sdm120, port: /dev/ttyUSB1, address: 1, phases: l2, breaker_amps: 16}
                  sequence:
                    - relay: r1
                gpio:
                  outputs: [{id: r1, pin: 17, role: relay}]
                  inputs: [{id: ack, pin: 25}]
                """);

        assertThat(show.rack().mains().mode()).isEqualTo(MainsMode.GENERATOR);
        assertThat(show.rack().mains().frequencyTolerancePercent()).isEqualTo(2.0);
        var audio = show.audio().orElseThrow();
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.blockSize()).isEqualTo(64);
        assertThat(audio.feedbackMode()).isEqualTo(FeedbackMode.LIVE);
        assertThat(audio.maxNotches()).isEqualTo(24);
        assertThat(audio.limiterDbtp()).isEqualTo(-1.0);
        assertThat(audio.cushionBlocks()).isEqualTo(2);
        var sdm = show.powerMeters().get(0);
        assertThat(sdm.phases()).hasSize(3);
        assertThat(sdm.baud()).isEqualTo(9600);
        assertThat(sdm.poll()).isEqualTo(Duration.ofSeconds(1));
        assertThat(show.powerMeters().get(1).baud()).isEqualTo(2400);
        assertThat(show.sequence().get(0).delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(show.sequence().get(0).amps()).isEmpty();
        assertThat(show.sequence().get(0).comeUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(show.gpioInputs().get(0).debounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(show.gpioInputs().get(0).pull()).isEqualTo(GpioInput.Pull.UP);
    }

    @Test
    void aSequenceStepNamesTheAmpsItsRelayFeeds() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: r}
                power:
                  sequence:
                    - {relay: r1, amps: [amp-a, amp-b], delay: 2s}
                    - {relay: r2, amps: [amp-c], come_up: 45s}
                gpio:
                  outputs: [{id: r1, pin: 17, role: relay}, {id: r2, pin: 27, role: relay}]
                amplifiers:
                  - {id: amp-a, kind: powersoft, host: 10.0.0.31, channels: 4}
                  - {id: amp-b, kind: powersoft, host: 10.0.0.32, channels: 4}
                  - {id: amp-c, kind: powersoft, host: 10.0.0.33, channels: 4}
                """);

        assertThat(show.sequence().get(0).amps()).containsExactly("amp-a", "amp-b");
        assertThat(show.sequence().get(0).comeUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(show.sequence().get(1).amps()).containsExactly("amp-c");
        assertThat(show.sequence().get(1).comeUp()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void durationsAndHexReadAsWritten() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: r}
                mqtt: {telemetry_interval: 2m}
                power:
                  dc_monitors:
                    - {id: rail, kind: ina219, address: 0x4A, max_amps: 3.2, poll: 500ms}
                alerts:
                  rules: [{device: rail, metric: current, critical: 3, min_duration: 1h}]
                """);

        assertThat(show.mqtt().telemetryInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(show.dcMonitors().get(0).address()).isEqualTo(0x4A);
        assertThat(show.dcMonitors().get(0).poll()).isEqualTo(Duration.ofMillis(500));
        assertThat(show.alerts().rules().get(0).minDuration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void mergeKeysRepeatSettingsAndWrittenKeysWin() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: foh-a}
                amplifiers:
                  - id: amp-a
                    kind: powersoft
                    host: 10.0.0.31
                    channels: 2
                    channel_settings:
                      - &top {channel: 1, name: Top L, gain_db: -3, load_ohms: 8}
                      - <<: *top
                        channel: 2
                        name: Top R
                """);

        var second = show.amplifiers().get(0).setting(2).orElseThrow();
        assertThat(second.name()).isEqualTo("Top R");
        assertThat(second.gainDb()).isEqualTo(-3.0);
        assertThat(second.loadOhms()).isEqualTo(8.0);
        assertThat(show.amplifiers().get(0).setting(3)).isEmpty();
    }

    @Test
    void topLevelKeysStartingWithXHoldWhatSeveralEntriesShare() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: foh-a}
                x-amp: &amp {kind: powersoft, channels: 4, poll: 500ms}
                amplifiers:
                  - <<: *amp
                    id: amp-a
                    host: 10.0.0.31
                  - <<: *amp
                    id: amp-b
                    host: 10.0.0.32
                    channels: 2
                """);

        assertThat(show.amplifiers()).extracting(Amplifier::id, Amplifier::channels, Amplifier::poll).containsExactly(
                tuple("amp-a", 4, Duration.ofMillis(500)), tuple("amp-b", 2, Duration.ofMillis(500)));
        assertThat(rejected("rack: {id: foh-a}\namp: 1\n").errors()).extracting(ConfigError::toString)
                .singleElement().asString().startsWith("show.yaml:2:1: amp: unknown key 'amp'");
    }

    @Test
    void aValueMergedThroughTwoAnchorsIsReportedAtTheMergeTheEntryWrote() {
        ShowFileException e = rejected("""
                rack: {id: foh-a}
                x-base: &base {kind: powersoft, port: 70000, chanels: 4}
                x-amp: &amp {<<: *base, channels: 4}
                amplifiers:
                  - {<<: *amp, id: amp-a, host: 10.0.0.31}
                """);

        assertThat(e.errors()).extracting(ConfigError::toString).containsExactly(
                "show.yaml:5:6: amplifiers[0].chanels: unknown key 'chanels', did you mean 'channels'?; allowed"
                        + " keys: id, label, kind, host, port, channels, channel_settings, oca_objects, poll (merged"
                        + " here by *amp, written at 2:46)",
                "show.yaml:5:6: amplifiers[0].port: 70000 is out of range; allowed: 1 to 65535 (merged here by *amp,"
                        + " written at 2:39)");
    }

    @Test
    void aMergeOfSomethingElseThanAMappingIsAnError() {
        ShowFileException e = rejected("rack:\n  <<: [1, 2]\n  id: foh-a\n");

        assertThat(e.errors()).extracting(ConfigError::toString).containsExactly(
                "show.yaml:2:8: rack.<<: a merge key needs an alias of a mapping; allowed: <<: *name or <<: [*a, *b]",
                "show.yaml:2:11: rack.<<: a merge key needs an alias of a mapping; allowed: <<: *name or <<: [*a, *b]");
    }

    @Test
    void moreThanFiftyAliasesAreRefusedInWords() {
        StringBuilder yaml = new StringBuilder("rack: {id: foh-a}\nx-a: &a {k: 1}\nx-b: [");
        for (int i = 0; i < 51; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*a");
        }
        assertThat(rejected(yaml + "]\n").errors()).extracting(ConfigError::toString).containsExactly(
                "show.yaml:1:1: (yaml): more than 50 aliases (*name); allowed: at most 50 in a show file");
    }

    @Test
    void aDeviceFileIsReadOnlyUpToTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));

        assertThatThrownBy(() -> ShowFileLoader.load(zero)).isInstanceOf(ShowFileException.class)
                .hasMessageContaining("too large for a show file");
    }

    @Test
    void gpio4IsFreeOnceTheShowFileSaysTheOneWireBusMoved() throws ShowFileException {
        ShowFile show = parse("""
                rack: {id: foh-a}
                gpio:
                  outputs: [{id: relay-amps, pin: 4, role: relay}]
                temperature:
                  w1_pin: 26
                  sensors: [{id: amp-a-temp, kind: ds18b20, w1_id: 28-0316a2796aff}]
                """);

        assertThat(show.gpioOutputs()).singleElement().satisfies(o -> assertThat(o.pin()).isEqualTo(4));
        assertThat(show.temperatureSensors()).hasSize(1);
    }

    @Test
    void everyErrorStaysOnOneLineWhateverTheKeysHold() {
        ShowFileException e = rejected("rack: {id: foh-a}\nauth:\n  users: {\"bad\\nname\": king}\n");

        assertThat(e.getMessage()).isEqualTo("show.yaml:3:24: auth.users.bad\\nname: 'king' is not a known role;"
                + " allowed: viewer, crew, admin");
    }

    @Test
    void aGrantForACommandRackdDoesNotHaveIsAnErrorWithTheNearestName() {
        ShowFileException e = rejected("rack: {id: foh-a}\nauth:\n  commands:\n    retune: [crew]\n    mute: [admin]\n");

        assertThat(e.getMessage()).isEqualTo("show.yaml:4:13: auth.commands.retune: 'retune' is no command of rackd;"
                + " did you mean 'rf_retune'?");
    }

    @Test
    void aGrantForNothingLikeACommandListsTheCommands() {
        ShowFileException e = rejected("rack: {id: foh-a}\nauth:\n  commands: {reboot: [admin]}\n");

        assertThat(e.getMessage()).contains("'reboot' is no command of rackd; known: ack, alerts,")
                .contains(", rf_retune, ");
    }

    @Test
    void theModelCannotBeChangedAfterLoading() throws ShowFileException {
        ShowFile show = ShowFileLoader.load(Path.of("examples/touring-rack.yaml"));

        assertThatThrownBy(() -> show.powerMeters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> show.amplifiers().get(0).settings().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> show.auth().users().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aUtf8ByteOrderMarkIsFine() throws ShowFileException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "rack: {id: foh-a}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(ShowFileLoader.read(bytes, "bom.yaml").rack().id()).isEqualTo("foh-a");
    }

    @Test
    void aBillionLaughsIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        ShowFileException e = rejected(yaml.toString());

        assertThat(e.errors()).isNotEmpty();
    }

    @Test
    void aYamlDocumentNestedTenThousandDeepIsAnError() {
        ShowFileException e = rejected("rack: " + "[".repeat(10_000));

        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.path()).isEqualTo("(yaml)"));
    }
}
