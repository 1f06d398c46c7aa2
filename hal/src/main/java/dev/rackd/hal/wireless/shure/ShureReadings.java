package dev.rackd.hal.wireless.shure;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a Shure message means as readings: {@code ch<N>_frequency} kHz, {@code ch<N>_rf} dBm, {@code ch<N>_audio}
 * dBFS, {@code ch<N>_gain} dB, {@code ch<N>_mute} 0/1, {@code ch<N>_interference} 0/1, {@code ch<N>_battery_bars}
 * 0..5 and {@code ch<N>_battery_minutes}, under either family's property names. Unknown battery values (255, 65535,
 * 65534 while calculating, 65533 battery not talking) become NaN with quality FAULT: there is no number to trust, and
 * no alert should take one. A metering frame that cannot be read makes the channel's RF and audio FAULT.
 */
final class ShureReadings {
    private final String deviceId;

    ShureReadings(String deviceId) {
        this.deviceId = deviceId;
    }

    List<Reading> of(ShureMessage m, Instant now) {
        if (m instanceof ShureMessage.Sample s && s.channel() > 0) {
            return List.of(good(s.channel(), "rf", s.rfDbm(), Unit.DBM, now),
                    good(s.channel(), "audio", s.audioDbfs(), Unit.DBFS, now));
        }
        if (m instanceof ShureMessage.BadSample b) {
            return List.of(fault(b.channel(), "rf", Unit.DBM, now), fault(b.channel(), "audio", Unit.DBFS, now));
        }
        if (!(m instanceof ShureMessage.Report r) || r.channel() == 0) {
            return List.of();
        }
        int ch = r.channel();
        String v = r.value();
        return switch (r.property()) {
            case "FREQUENCY" -> ShureCodec.frequencyKhz(v).stream()
                    .mapToObj(khz -> good(ch, "frequency", khz, Unit.KILOHERTZ, now)).toList();
            case "BATT_BARS", "TX_BATT_BARS" -> List.of(orFault(ch, "battery_bars", ShureCodec.batteryBars(v), Unit.NONE, now));
            case "BATT_RUN_TIME", "TX_BATT_MINS" -> List.of(orFault(ch, "battery_minutes", ShureCodec.batteryMinutes(v), Unit.MINUTE,
                    now));
            case "AUDIO_GAIN" -> one(ch, "gain", ShureCodec.gainDb(v), Unit.DECIBEL, now);
            case "AUDIO_MUTE" -> one(ch, "mute", ShureCodec.onOff(v), Unit.NONE, now);
            case "RF_INT_DET", "INTERFERENCE_STATUS" -> one(ch, "interference", ShureCodec.interference(v), Unit.NONE,
                    now);
            default -> List.of();
        };
    }

    private List<Reading> one(int ch, String metric, OptionalInt v, Unit unit, Instant now) {
        return v.isPresent() ? List.of(good(ch, metric, v.getAsInt(), unit, now)) : List.of();
    }

    private Reading orFault(int ch, String metric, OptionalInt v, Unit unit, Instant now) {
        return v.isPresent() ? good(ch, metric, v.getAsInt(), unit, now) : fault(ch, metric, unit, now);
    }

    private Reading fault(int ch, String metric, Unit unit, Instant now) {
        return new Reading(deviceId, "ch" + ch + "_" + metric, Double.NaN, unit, now, Quality.FAULT);
    }

    private Reading good(int ch, String metric, double value, Unit unit, Instant now) {
        return Reading.good(deviceId, "ch" + ch + "_" + metric, value, unit, now);
    }
}
