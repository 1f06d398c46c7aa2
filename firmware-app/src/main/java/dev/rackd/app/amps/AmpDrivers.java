package dev.rackd.app.amps;

import dev.rackd.config.Amplifier;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.aes70.Aes70Amp;
import dev.rackd.hal.amps.aes70.Aes70Settings;
import dev.rackd.hal.amps.powersoft.PowersoftAmp;
import dev.rackd.hal.amps.powersoft.PowersoftSettings;
import java.time.Clock;

/** Maps a show-file amplifier onto its driver's own small settings; the only place that knows both. */
final class AmpDrivers {
    private AmpDrivers() {}

    /** @throws IllegalArgumentException in the crew's words when the show file's entry cannot drive an amp */
    static AmpControl create(Amplifier amp, Clock clock) {
        return switch (amp.kind()) {
            case POWERSOFT -> new PowersoftAmp(
                    PowersoftSettings.of(amp.id(), amp.host(), amp.port(), amp.channels(), amp.poll()), clock);
            case AES70 -> new Aes70Amp(
                    Aes70Settings.of(amp.id(), amp.host(), amp.port(), amp.channels(), amp.ocaObjects(), amp.poll()), clock);
        };
    }
}
