package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.state.StateStore;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowEnergyTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T18:00:00Z"));
    private final List<Reading> out = new ArrayList<>();

    private double counter(ShowEnergy e, double wh) {
        clock.advance(Duration.ofMinutes(1));
        e.counter(Reading.good("distro-l1", "energy", wh, Unit.WATT_HOUR, clock.instant()));
        return out.getLast().value();
    }

    @Test
    void countsFromTheShowStartAndSurvivesACounterResetAndARestart() throws Exception {
        StateStore store = new StateStore(dir, 4096, Clock.systemUTC(), msg -> { });
        ShowEnergy e = new ShowEnergy(store, out::add);
        assertThat(counter(e, 120_000)).isZero();
        assertThat(counter(e, 121_500)).isEqualTo(1500);
        assertThat(counter(e, 40)).isEqualTo(1540); // the meter's counter was zeroed
        e.save(clock.instant());

        ShowEnergy afterPowerCut = new ShowEnergy(store, out::add);
        assertThat(counter(afterPowerCut, 100)).isEqualTo(1600);
        afterPowerCut.newShow(clock.instant());
        assertThat(counter(afterPowerCut, 150)).isEqualTo(50);
        assertThat(out.getLast().metric()).isEqualTo("show_energy");
    }
}
