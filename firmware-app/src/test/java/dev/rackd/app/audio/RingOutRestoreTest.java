package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.state.StateStore;
import dev.rackd.dsp.FixedNotch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Ring-out notches saved, restored at boot, and the crew told when they could not be. */
@Timeout(60)
class RingOutRestoreTest extends AudioModuleFixture {
    @Test
    void aSavedSetThatMakesNoSenseIsReportedAndTheAudioStartsAnyway() throws Exception {
        rack = new FakeRack(SHOW, stateDir);
        rack.store.write(FixedNotchStore.NAME, "{\"format\":1,\"channels\":[{\"channel\":1,\"notches\":[{\"hz\":-5,"
                .concat("\"depth_db\":-6,\"width_oct\":0.1}]}]}").getBytes(StandardCharsets.UTF_8));
        start(SHOW, new FakePort(silent()));

        assertThat(rack.alerts).anySatisfy(a -> assertThat(a).startsWith("raise audio_notch_restore").contains(
                "fixed notch frequency must be a positive number"));
        assertThat(rack.attached).hasSize(1);
    }

    @Test
    void theRestoreWarningClearsOnceTheNotchesAreBackAndStaysClearAfterAnotherRestart() throws Exception {
        writeSaved(RAISED_NOTCH);
        restart(SHOW, new FakePort(silent()));
        await().until(() -> restoreWarning() == AlertStatus.ACTIVE);
        assertThat(rack.alerts).contains("raise audio_notch_restore audio fixed_notches WARNING: Ring-out notches could"
                + " not be restored, 0 of 1 in place (channel 1 at 1000 Hz: fixed notch depth must be below 0 dB and"
                + " not below -60 dB, not 3.0); ring out again");
        engine.acknowledge(AudioModule.RESTORE_RULE, "audio", "fixed_notches", "crew");
        assertThat(restoreWarning()).as("acknowledged, the set is still lost").isEqualTo(AlertStatus.ACTIVE);

        restart(SHOW, new FakePort(silent())); // not put right yet: warned again
        assertThat(rack.alerts).anyMatch(a -> a.startsWith("raise audio_notch_restore"));
        new FixedNotchStore(rack.store).save(List.of(List.of(new FixedNotch(800, -9, 0.1)),
                List.of(new FixedNotch(1600, -6, 0.1))));
        restart(SHOW, new FakePort(silent()));
        await().until(() -> restoreWarning() != AlertStatus.ACTIVE);
        assertThat(rack.alerts).contains("clear audio_notch_restore audio fixed_notches");

        restart(SHOW, new FakePort(silent()));
        assertThat(restoreWarning()).isNotEqualTo(AlertStatus.ACTIVE);
    }

    @Test
    void aRingOutAfterAFailedRestoreSavesTheNewSetAndEndsTheWarning() throws Exception {
        writeSaved(RAISED_NOTCH);
        restart(SHOW.replace("block_size: 64", "block_size: 64, feedback_mode: ringout"), new FakePort(howling()));
        assertThat(rack.alerts).anyMatch(a -> a.startsWith("raise audio_notch_restore"));

        await().until(() -> restoreWarning() == AlertStatus.CLEARED);
        assertThat(new FixedNotchStore(rack.store).load().orElseThrow()).singleElement().satisfies(
                n -> assertThat(n.hz()).isBetween(2400.0, 2600.0));
        restart(SHOW, new FakePort(silent()));
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() == 1).orElse(false));
        assertThat(rack.alerts).noneMatch(a -> a.startsWith("raise audio_notch_restore"));
        assertThat(restoreWarning()).isEqualTo(AlertStatus.CLEARED);
    }

    @Test
    void clearingTheFixedFiltersEndsTheWarningAndReplacesTheSetThatCouldNotBeUsed() throws Exception {
        writeSaved(RAISED_NOTCH);
        restart(SHOW, new FakePort(silent()));
        await().until(() -> restoreWarning() == AlertStatus.ACTIVE);

        rack.send("clear_fixed_filters", "{\"confirm\": true}");
        await().until(() -> restoreWarning() == AlertStatus.CLEARED);
        await().ignoreExceptions().until(() -> new FixedNotchStore(rack.store).load().orElseThrow().isEmpty());
        restart(SHOW, new FakePort(silent()));
        assertThat(rack.alerts).noneMatch(a -> a.startsWith("raise audio_notch_restore"));
    }

    @Test
    void aDamagedSavedSetIsSetAsideAndTheCrewIsToldToRingOutAgainUntilTheyDo() throws Exception {
        new FixedNotchStore(new StateStore(stateDir, 1 << 20, Clock.systemUTC(), p -> { })).save(List.of(
                List.of(new FixedNotch(800, -9, 0.1)), List.of(new FixedNotch(1600, -6, 0.1))));
        Path file = stateDir.resolve(FixedNotchStore.NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x01; // one bit of a saved number: the checksum no longer matches
        Files.write(file, bytes);

        restart(SHOW, new FakePort(silent()));
        String aside;
        try (var files = Files.list(stateDir)) {
            aside = files.map(Path::toString).filter(n -> n.contains(FixedNotchStore.NAME + ".corrupt-")).findFirst()
                    .orElseThrow();
        }
        assertThat(rack.alerts).contains("raise audio_notch_restore audio fixed_notches WARNING: Ring-out notches could"
                + " not be restored (the saved file was damaged (checksum mismatch) and set aside as " + aside
                + "); ring out again");
        await().until(() -> rack.latest("ch1_notches").isPresent());
        assertThat(rack.latest("ch1_notches").orElseThrow().value()).isZero();

        restart(SHOW, new FakePort(silent())); // nothing rung out since: still lost, still said
        assertThat(rack.alerts).anySatisfy(a -> assertThat(a).startsWith("raise audio_notch_restore").contains(
                "set aside as " + aside));
        await().until(() -> restoreWarning() == AlertStatus.ACTIVE);

        rack.send("clear_fixed_filters", "{\"confirm\": true}");
        await().until(() -> restoreWarning() == AlertStatus.CLEARED);
        restart(SHOW, new FakePort(silent()));
        assertThat(rack.alerts).noneMatch(a -> a.startsWith("raise audio_notch_restore"));
    }

    @Test
    void savedNotchesTheShowCannotHoldAreNamedWithWhyAndOnlyThoseInPlaceAreCounted() throws Exception {
        new FixedNotchStore(new StateStore(stateDir, 1 << 20, Clock.systemUTC(), p -> { })).save(List.of(
                List.of(new FixedNotch(800, -9, 0.1), new FixedNotch(30000, -9, 0.1), new FixedNotch(23990, -9, 0.1),
                        new FixedNotch(1200, -6, 0.1), new FixedNotch(2400, -6, 0.1)),
                List.of(new FixedNotch(1600, -6, 0.1)),
                List.of(new FixedNotch(1000, -12, 0.1))));
        Logger logger = (Logger) LoggerFactory.getLogger(AudioModule.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.INFO); // the tests' configuration keeps the start-up line out of the build's output...
        logger.setAdditive(false); // ...and so does this
        try {
            restart(SHOW.replace("block_size: 64", "block_size: 64, max_notches: 2"), new FakePort(silent()));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(null);
            logger.setAdditive(true);
        }

        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).endsWith(
                ", 3 fixed notches restored"));
        assertThat(rack.alerts).contains("raise audio_notch_restore audio fixed_notches WARNING: Ring-out notches could"
                + " not be restored, 3 of 7 in place (channel 1 at 30000 Hz: a notch must sit below 21600 Hz at 48000"
                + " Hz; channel 1 at 23990 Hz: a notch must sit below 21600 Hz at 48000 Hz; channel 1 at 2400 Hz: a"
                + " channel holds 2 notches (audio.max_notches); channel 3 at 1000 Hz: the show has 2 channels); ring"
                + " out again");
        await().until(() -> rack.latest("ch1_notches").map(r -> r.value() == 2).orElse(false));
        assertThat(rack.latest("ch2_notches").orElseThrow().value()).isEqualTo(1);
        Thread.sleep(1500); // the restore's own notch events have settled: what the show cannot use is still saved
        assertThat(new FixedNotchStore(rack.store).load().orElseThrow()).hasSize(7);
        assertThat(restoreWarning()).isEqualTo(AlertStatus.ACTIVE);
    }
}
