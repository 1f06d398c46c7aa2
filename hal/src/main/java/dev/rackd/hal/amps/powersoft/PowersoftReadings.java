package dev.rackd.hal.amps.powersoft;

import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns decoded answers into readings; channels become {@code ch<N>_} with N counted from 1. */
final class PowersoftReadings {
    private final String deviceId;
    private final int channels;

    PowersoftReadings(String deviceId, int channels) {
        this.deviceId = deviceId;
        this.channels = channels;
    }

    List<Reading> of(GainsAndMutes gm, Instant t) {
        List<Reading> out = new ArrayList<>();
        for (GainsAndMutes.Channel c : gm.channels()) {
            if (c.channel() < channels) {
                out.add(good(c.channel(), "gain", c.outputGainDb(), Unit.DECIBEL, t));
                out.add(flag(c.channel(), "mute", c.outputMuted(), t));
            }
        }
        return out;
    }

    List<Reading> of(AlarmWords a, Instant t) {
        List<Reading> out = new ArrayList<>();
        out.add(flag("mains_fault", a.mainsFault(), t));
        out.add(flag("fan_fault", a.fanFault(), t));
        out.add(flag("overtemp", a.overTemperature(), t));
        out.add(flag("converter_fault", a.converterFault(), t));
        out.add(flag("aux_voltage_fault", a.auxVoltageFault(), t));
        for (int ch = 0; ch < Math.min(channels, a.channelCount()); ch++) {
            out.add(flag(ch, "clip", a.clip(ch), t));
            out.add(flag(ch, "protect", a.protecting(ch), t));
            out.add(flag(ch, "thermal_soa", a.thermalSoa(ch), t));
            out.add(flag(ch, "overtemp", a.overTemperature(ch), t));
            out.add(flag(ch, "rail_fault", a.railFault(ch), t));
            out.add(flag(ch, "low_load", a.lowLoadProtection(ch), t));
            out.add(flag(ch, "fault", a.otherFault(ch), t));
        }
        return out;
    }

    List<Reading> of(OutputMeters m, Instant t) {
        List<Reading> out = new ArrayList<>();
        for (OutputMeters.Channel c : m.channels()) {
            if (c.channel() < channels) {
                out.add(good(c.channel(), "output_voltage", c.voltageRms(), Unit.VOLT, t));
                out.add(good(c.channel(), "headroom", c.headroomDb(), Unit.DECIBEL, t));
                out.add(flag(c.channel(), "signal", c.signal(), t));
            }
        }
        return out;
    }

    /** A load the amp could not measure (muted, no signal) gives no reading rather than a made-up one. */
    List<Reading> of(LoadReading l, Instant t) {
        if (l.channel() < 0 || l.channel() >= channels || Double.isNaN(l.nominalOhms())) {
            return List.of();
        }
        return List.of(good(l.channel(), "load", l.nominalOhms(), Unit.OHM, t));
    }

    Reading of(StandbyState s, Instant t) {
        return flag("standby", s.standby(), t);
    }

    private Reading good(int channel, String metric, double value, Unit unit, Instant t) {
        return Reading.good(deviceId, "ch" + (channel + 1) + "_" + metric, value, unit, t);
    }

    private Reading flag(int channel, String metric, boolean on, Instant t) {
        return good(channel, metric, on ? 1 : 0, Unit.NONE, t);
    }

    private Reading flag(String metric, boolean on, Instant t) {
        return Reading.good(deviceId, metric, on ? 1 : 0, Unit.NONE, t);
    }
}
