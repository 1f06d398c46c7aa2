package dev.rackd.app.amps;

import dev.rackd.config.Amplifier;
import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.config.Amplifier.AmpKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Show-file amplifiers for tests. */
final class TestAmps {
    private TestAmps() {}

    /** "Amp B": ch 1 Sub L -6 dB 4 Ω, ch 2 -3 dB muted 8 Ω, ch 3 "Fill" -3 dB 8 Ω ±20 %, ch 4 not in the show file. */
    static Amplifier ampB() {
        return new Amplifier("amp-b", "Amp B", AmpKind.POWERSOFT, "127.0.0.1", 1234, 4, List.of(
                new AmpChannel(1, "Sub L", -6.0, false, -20.0, 0.0, 4.0, 30.0),
                new AmpChannel(2, "", -3.0, true, -20.0, 0.0, 8.0, 30.0),
                new AmpChannel(3, "", -3.0, false, -40.0, 6.0, 8.0, 20.0)), Map.of(), Duration.ofSeconds(1));
    }
}
