package dev.rackd.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The metrics rackd publishes, for the show file's alert rules: a rule whose metric pattern matches none of them
 * never fires, so the show file refuses it. The drivers (hal) and the domains (firmware-app) build these names;
 * firmware-app's {@code MetricNamesAgreeTest} checks that what they publish is named here. This is the union over
 * every kind of device; what one device publishes, which a rule naming it is held to, is {@link DeviceMetrics}.
 * docs/mqtt.md lists them for the crew.
 */
public final class MetricNames {
    /** After {@code l1_} to {@code l3_}: a power meter's phases ({@code lN_load} in % of the breaker). */
    public static final List<String> PER_PHASE = List.of("voltage", "current", "power", "power_factor", "load");

    /** After {@code ch<N>_}: an amplifier's, a wireless receiver's or the audio path's channel N. */
    public static final List<String> PER_CHANNEL = List.of(
            // amplifiers (Powersoft and AES70; load is what AES70's chN_impedance role reports)
            "gain", "mute", "load", "temperature", "temperature_trend", "output_voltage", "headroom", "signal",
            "clip", "protect", "fault", "thermal_soa", "overtemp", "rail_fault", "low_load",
            // wireless receivers
            "frequency", "rf", "audio", "battery_bars", "battery_minutes", "interference",
            // the audio path
            "peak", "rms", "true_peak", "gain_reduction", "notches");

    /** The Raspberry Pi's throttling flags, now; each also as {@code <flag>_since_boot}. */
    public static final List<String> PI_FLAGS = List.of("under_voltage", "frequency_capped", "throttled",
            "soft_temp_limit");

    /** Metrics of a whole device. */
    public static final List<String> PER_DEVICE = List.of(
            // power meters; neutral_load is named by a rule only, to set the neutral's limits in % of the breaker
            "frequency", "power", "energy", "show_energy", "alarm", "neutral_current", "neutral_load", "imbalance",
            // DC monitors
            "voltage", "current",
            // temperature sensors and the Pi's SoC (with PI_FLAGS)
            "temperature", "temperature_trend", "minutes_to_limit",
            // amplifiers
            "standby", "mains_fault", "fan_fault", "overtemp", "converter_fault", "aux_voltage_fault",
            // the spectrum scanner
            "noise_floor", "peak_level", "peak_frequency",
            // the audio path
            "underruns", "overruns", "dropped_events",
            // any device: a rule on it sets the severity of its offline alert
            "offline");

    /** The most channels a device has (an amplifier's {@code channels}); receivers and the audio path have fewer. */
    public static final int MOST_CHANNELS = 16;

    private MetricNames() {}

    /**
     * Every metric name rackd may publish, written out ({@code ch1_gain} to {@code ch16_gain}...), with
     * {@code more}: the names a show file adds itself (an AES70 amp's roles such as {@code psu_temperature}).
     */
    public static Set<String> all(Collection<String> more) {
        Set<String> names = new LinkedHashSet<>(PER_DEVICE);
        for (String flag : PI_FLAGS) {
            names.add(flag);
            names.add(flag + "_since_boot");
        }
        for (int phase = 1; phase <= 3; phase++) {
            for (String word : PER_PHASE) {
                names.add("l" + phase + "_" + word);
            }
        }
        for (int channel = 1; channel <= MOST_CHANNELS; channel++) {
            for (String word : PER_CHANNEL) {
                names.add("ch" + channel + "_" + word);
            }
        }
        names.addAll(more);
        return names;
    }

    /** The names as a person would write them in a glob: {@code ch*_gain}, {@code l*_load}, {@code voltage}. */
    static List<String> patterns(Collection<String> more) {
        List<String> patterns = new ArrayList<>(PER_DEVICE);
        PI_FLAGS.forEach(flag -> patterns.addAll(List.of(flag, flag + "_since_boot")));
        PER_PHASE.forEach(word -> patterns.add("l*_" + word));
        PER_CHANNEL.forEach(word -> patterns.add("ch*_" + word));
        patterns.addAll(more);
        return patterns;
    }
}
