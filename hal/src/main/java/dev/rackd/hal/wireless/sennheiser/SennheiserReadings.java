package dev.rackd.hal.wireless.sennheiser;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;
import java.util.List;

/**
 * What a Sennheiser line means as readings of channel 1 (an EM is one channel): {@code ch1_frequency} kHz,
 * {@code ch1_rf} dBm, {@code ch1_audio} dBFS, {@code ch1_mute} (TX or RX mute; an RF mute is a drop-out, not a
 * mute), {@code ch1_battery_bars} on the 0-5 scale (NaN/FAULT for {@code Bat ?}).
 */
final class SennheiserReadings {
    private final String deviceId;

    SennheiserReadings(String deviceId) {
        this.deviceId = deviceId;
    }

    List<Reading> of(SennheiserMessage m, Instant now) {
        return switch (m) {
            case SennheiserMessage.Frequency f -> List.of(good("ch1_frequency", f.khz(), Unit.KILOHERTZ, now));
            case SennheiserMessage.Rf rf -> List.of(good("ch1_rf", SennheiserCodec.rfDbm(rf.levelPercent()), Unit.DBM,
                    now));
            case SennheiserMessage.Af af -> List.of(
                    good("ch1_audio", SennheiserCodec.audioDbfs(af.levelPercent()), Unit.DBFS, now),
                    good("ch1_mute", (af.muteBits() & 0b1010) != 0 ? 1 : 0, Unit.NONE, now));
            case SennheiserMessage.Battery b -> List.of(b.percent().isPresent()
                    ? good("ch1_battery_bars", SennheiserCodec.batteryBars(b.percent().getAsInt()), Unit.NONE, now)
                    : new Reading(deviceId, "ch1_battery_bars", Double.NaN, Unit.NONE, now, Quality.FAULT));
            default -> List.of();
        };
    }

    private Reading good(String metric, double value, Unit unit, Instant now) {
        return Reading.good(deviceId, metric, value, unit, now);
    }
}
