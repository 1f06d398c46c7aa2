package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.dsp.FixedNotch;
import dev.rackd.hal.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AudioModuleTest extends AudioModuleFixture {
    @Test
    void withoutAnAudioSectionOrWhenSimulatedNothingStarts() throws Exception {
        start("rack: {id: foh-a}\n", new FakePort(silent()));
        assertThat(rack.attached).isEmpty();
        assertThat(rack.commands).isEmpty();

        rack = new FakeRack(SHOW, stateDir);
        rack.virtualAudio = true;
        new AudioModule().start(rack);
        assertThat(rack.attached).isEmpty();
    }

    @Test
    void theAudioPathIsOneDeviceWithFourCrewCommands() throws Exception {
        FakePort port = new FakePort(silent());
        start(SHOW, port);

        assertThat(rack.attached).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo("audio"));
        assertThat(rack.commands).containsOnlyKeys("feedback_mode", "clear_live_filters", "clear_fixed_filters",
                "limiter_threshold");
        assertThat(rack.commands.values()).allSatisfy(r -> assertThat(r.roles()).containsExactly(Role.CREW,
                Role.ADMIN));
        await().until(() -> rack.online.stream().anyMatch(o -> o.online()));
        assertThat(port.asked).first().isEqualTo("48000/2/256");
        long cycles = rack.attached.get(0).cycles();
        await().until(() -> rack.attached.get(0).cycles() > cycles + 100);
    }

    @Test
    void aHowlIsNotchedAndTheCrewSeesTheEventAndTheMeters() throws Exception {
        start(SHOW, new FakePort(howling()));

        await().until(() -> rack.payloads(EVENTS).stream().anyMatch(p -> p.contains("notch_placed")));
        String placed = rack.payloads(EVENTS).stream().filter(p -> p.contains("notch_placed")).findFirst().get();
        assertThat(placed).contains("\"channel\":1,").containsPattern("\"hz\":2[45]\\d\\d\\.\\d").contains(
                "\"fixed\":false");
        assertThat(rack.published).allSatisfy(p -> assertThat(p.qos()).isEqualTo(1));
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() >= 1).orElse(false));
        assertThat(rack.latest("ch2_notches").orElseThrow().value()).isZero();
        assertThat(rack.latest("ch1_peak").orElseThrow().unit()).isEqualTo(Unit.DBFS);
        for (String meter : List.of("ch1_peak", "ch1_rms", "ch1_true_peak", "ch1_gain_reduction")) {
            double db = rack.latest(meter).orElseThrow().value();
            assertThat(BigDecimal.valueOf(db).stripTrailingZeros().scale()).as(meter + " " + db).isLessThanOrEqualTo(2);
        }
        assertThat(rack.latest("ch1_true_peak").orElseThrow().unit()).isEqualTo(Unit.DBTP);
        assertThat(rack.latest("ch1_gain_reduction").orElseThrow().unit()).isEqualTo(Unit.DECIBEL);
        assertThat(rack.latest("ch2_rms").orElseThrow().value()).isEqualTo(MeterTotals.FLOOR_DB);
        assertThat(rack.latest("underruns")).isPresent();
        assertThat(rack.latest("overruns")).isPresent();
    }

    @Test
    void ringOutNotchesAreSavedAndBackAfterARestart() throws Exception {
        start(SHOW.replace("block_size: 64", "block_size: 64, feedback_mode: ringout"), new FakePort(howling()));

        await().until(() -> new FixedNotchStore(rack.store).load().map(l -> !l.isEmpty()).orElse(false));
        assertThat(new FixedNotchStore(rack.store).load().orElseThrow()).singleElement().satisfies(n -> {
            assertThat(n.channel()).isEqualTo(1);
            assertThat(n.hz()).isBetween(2400.0, 2600.0);
        });
        rack.closeAll();

        start(SHOW, new FakePort(silent()));
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() == 1).orElse(false));
        assertThat(rack.payloads(EVENTS)).anySatisfy(p -> assertThat(p).contains("notch_placed").contains(
                "\"fixed\":true"));
    }

    @Test
    void clearingFixedNotchesNeedsAConfirmAndEmptiesTheSavedSet() throws Exception {
        rack = new FakeRack(SHOW, stateDir);
        new FixedNotchStore(rack.store).save(List.of(List.of(new FixedNotch(800, -9, 0.1)), List.of()));
        start(SHOW, new FakePort(silent()));
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() == 1).orElse(false));

        assertThatThrownBy(() -> rack.send("clear_fixed_filters", "{}")).isInstanceOf(CommandException.class)
                .hasMessageContaining("send \"confirm\": true")
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo(ErrorCode.REFUSED));
        assertThat(rack.send("clear_fixed_filters", "{\"confirm\": true}")).isEqualTo(Map.of("cleared", "fixed",
                "channels", 2));

        await().until(() -> new FixedNotchStore(rack.store).load().orElseThrow().isEmpty());
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() == 0).orElse(false));
    }

    @Test
    void commandsRefuseWhatTheyCannotDoAndSayWhatIsAllowed() throws Exception {
        start(SHOW, new FakePort(silent()));

        assertThatThrownBy(() -> rack.send("limiter_threshold", "{\"dbtp\": -25}"))
                .hasMessage("'dbtp' is -25; allowed: -20 to 0");
        assertThatThrownBy(() -> rack.send("limiter_threshold", "{\"dbtp\": 0.5}"))
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
        assertThatThrownBy(() -> rack.send("feedback_mode", "{\"mode\": \"loud\"}"))
                .hasMessage("'mode' is 'loud'; allowed: off, live, ringout");
        assertThatThrownBy(() -> rack.send("clear_live_filters", "{\"all\": true}"))
                .hasMessage("'clear_live_filters' has no field 'all'; it takes no fields")
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo(ErrorCode.UNKNOWN_FIELD));
        assertThat(rack.send("feedback_mode", "{\"mode\": \"ringout\"}")).isEqualTo(Map.of("mode", "ringout"));
        assertThat(rack.send("limiter_threshold", "{\"dbtp\": -12}")).isEqualTo(Map.of("limiter_dbtp", -12.0));
        assertThat(rack.send("clear_live_filters", "{}")).isEqualTo(Map.of("cleared", "live", "channels", 2));
    }

    @Test
    void aModeOtherThanLiveStaysInSightUntilLiveIsBack() throws Exception {
        start(SHOW, new FakePort(silent()));
        assertThat(rack.alerts).noneMatch(a -> a.startsWith("raise " + FeedbackModeAlert.RULE));

        rack.send("feedback_mode", "{\"mode\": \"ringout\"}");
        assertThat(rack.alerts).last().isEqualTo("raise audio_feedback_mode audio feedback_mode INFO: Ring-out mode:"
                + " every howl found becomes a fixed notch. Switch feedback_mode to live before the show.");
        rack.send("feedback_mode", "{\"mode\": \"off\"}");
        assertThat(rack.alerts).last().asString().startsWith("raise audio_feedback_mode audio feedback_mode INFO:"
                + " Feedback suppression is off");
        rack.send("feedback_mode", "{\"mode\": \"live\"}");
        assertThat(rack.alerts).last().isEqualTo("clear audio_feedback_mode audio feedback_mode");
        rack.closeAll();

        start(SHOW.replace("block_size: 64", "block_size: 64, feedback_mode: ringout"), new FakePort(silent()));
        assertThat(rack.alerts).anyMatch(a -> a.startsWith("raise audio_feedback_mode audio feedback_mode INFO: Ring-out"));
    }

    @Test
    void aNewLimiterThresholdReachesTheAudio() throws Exception {
        FakeLines loud = new FakeLines(SampleFormat.PCM16, 2, 64,
                (frame, ch) -> (float) (0.9 * Math.sin(2 * Math.PI * 440 * frame / RATE)), 200_000);
        loud.fastReads = 0;
        start(SHOW.replace("block_size: 64", "block_size: 64, feedback_mode: off"), new FakePort(loud));
        await().until(() -> loud.played().length > 10_000);

        rack.send("limiter_threshold", "{\"dbtp\": -12}");
        int from = loud.played().length + 2 * RATE / 10;
        await().until(() -> loud.played().length > from + 4800);

        float[] played = loud.played();
        assertThat(AudioEngineTest.WavPeak.of(played, 0, 10_000)).isGreaterThan(0.85);
        assertThat(AudioEngineTest.WavPeak.of(played, from, played.length)).isLessThanOrEqualTo(
                Math.pow(10, -12 / 20.0));
    }

    @Test
    void anUnpluggedCardRaisesAnAlertAndClearsItWhenBack() throws Exception {
        FakeLines first = silent();
        first.unplugAfterReads = 30;
        FakePort port = new FakePort(first, null, null, silent());
        start(SHOW, port);

        await().until(() -> rack.alerts.stream().anyMatch(a -> a.startsWith("clear audio_device"))
                && port.opens() == 4);
        assertThat(rack.online).extracting(FakeRack.OnlineChange::online).startsWith(true, false).endsWith(true);
        assertThat(rack.online).filteredOn(o -> !o.online()).first().satisfies(o -> assertThat(o.reason())
                .contains("capture gave 0 of 256 bytes after 30 blocks; retrying"));
        assertThat(rack.alerts).anySatisfy(a -> assertThat(a).startsWith(
                "raise audio_device audio online CRITICAL: Audio path down, nothing passes through rackd:"));
    }

    @Test
    void aCardPulledMidShowStaysOfflineUntilItIsBack() throws Exception {
        for (int unplugAt : new int[] {130, 170, 215}) { // at different points of a meter period
            FakeLines playing = new FakeLines(SampleFormat.PCM16, 2, 64,
                    (frame, ch) -> (float) (0.3 * Math.sin(2 * Math.PI * 440 * frame / RATE)), 10);
            playing.fastReads = 0;
            playing.unplugAfterReads = unplugAt;
            start(SHOW, new FakePort(playing, null));
            await().until(() -> rack.online.size() >= 3); // the card is still missing at the next attempts
            int readings = rack.online.get(1).readingsBefore();
            Thread.sleep(300); // three meter periods
            // meters from before the pull, reported late, would say the card answers again: the alert would flap
            assertThat(rack.readings.subList(readings, rack.readings.size())).as("readings after the pull").isEmpty();
            assertThat(rack.online).extracting(FakeRack.OnlineChange::online).startsWith(true).endsWith(false)
                    .containsOnlyOnce(true);
            rack.closeAll();
        }
    }

    @Test
    void aPathThatKeepsDroppingOutTellsTheCrewItClicksAndWhatToDo() throws Exception {
        FakeLines lines = silent();
        lines.dryAtWrite = w -> w == 200 || w == 300 || w == 400; // three times the card played silence
        start("rack: {id: foh-a}\naudio: {channels: 2, block_size: 64, cushion_blocks: 3}\n",
                new FakePort(lines, null));

        await().until(() -> rack.alerts.stream().anyMatch(a -> a.startsWith("raise audio_dropouts")));
        assertThat(rack.alerts).filteredOn(a -> a.startsWith("raise audio_dropouts")).first().isEqualTo(
                "raise audio_dropouts audio dropouts WARNING: Audio is clicking: 3 dropouts in the last minute (3"
                        + " playback ran dry, 0 input lost). Raise audio.cushion_blocks (now 3; 1.3 ms more latency"
                        + " each) or find what loads the Pi");
    }

    @Test
    void aMissingCardSendsNoReadingThatWouldCallItOnline() throws Exception {
        FakePort port = new FakePort((FakeLines) null);
        start(SHOW, port);

        await().until(() -> port.opens() >= 5);
        Thread.sleep(300); // a few meter periods more
        assertThat(rack.online).extracting(FakeRack.OnlineChange::online).containsOnly(false);
        assertThat(rack.readings).as("good readings while the card is missing").isEmpty();
    }
}
