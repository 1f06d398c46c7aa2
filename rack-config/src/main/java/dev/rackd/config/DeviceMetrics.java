package dev.rackd.config;

import dev.rackd.config.Amplifier.AmpKind;
import dev.rackd.config.PowerMeter.MeterKind;
import dev.rackd.config.TemperatureSensor.SensorKind;
import dev.rackd.config.WirelessReceiver.ReceiverKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one device of a show file publishes, by its kind and as the file sets it up (its channels, phases, AES70
 * roles): an alert rule that names the device must watch one of these, or it never fires. {@link MetricNames} is the
 * union over every kind; the lists here are the drivers' (hal) and the domains' (firmware-app) per device, which
 * firmware-app's {@code MetricNamesAgreeTest} and test-rig's end-to-end test hold them to.
 *
 * @param id         the device id, as rules name it
 * @param kind       what the device is, in the show file's words ({@code an ina226 DC monitor})
 * @param channels   how many channels it has ({@code chN_} from 1 to this; 0 for none), the most its family has for a
 *                   receiver
 * @param channelsSaid its channel count for messages ({@code 4 channels}, {@code up to 4 channels (ULXD4Q 4, ...)}),
 *                   empty for none
 * @param perChannel what it publishes after every {@code chN_}
 * @param phases     the phases it measures ({@code l1}...), for {@code lN_} names
 * @param perPhase   what it publishes after every {@code lN_}
 * @param named      whole names: its own metrics, an AES70 amp's roles
 */
public record DeviceMetrics(String id, String kind, int channels, String channelsSaid, List<String> perChannel,
        List<String> phases, List<String> perPhase, List<String> named) {

    /** After {@code lN_}, for every phase a meter sees (BreakerLoad adds {@code load}). */
    static final List<String> METER_PHASE = List.of("voltage", "current", "power", "power_factor", "load");
    /**
     * A PZEM-004T's own ({@code alarm}), and what the power domain adds to every meter: {@code show_energy} from its
     * {@code energy}; {@code imbalance}, which goes on the first meter of a three-phase serial line, is taken on any.
     */
    static final List<String> PZEM = List.of("frequency", "energy", "alarm", "show_energy", "imbalance");
    /** An SDM120: the total power as well, no alarm. */
    static final List<String> SDM120 = List.of("frequency", "power", "energy", "show_energy", "imbalance");
    /** An SDM630 measures the neutral; {@code neutral_load} is named by rules only, to set the neutral's limits. */
    static final List<String> SDM630 = List.of("frequency", "power", "energy", "show_energy", "imbalance",
            "neutral_current", "neutral_load");
    static final List<String> DC_MONITOR = List.of("voltage", "current", "power");
    /** Every sensor; the power domain adds the trend and the time to the limit. */
    static final List<String> SENSOR = List.of("temperature", "temperature_trend", "minutes_to_limit");
    static final List<String> POWERSOFT_CHANNEL = List.of("gain", "mute", "load", "output_voltage", "headroom",
            "signal", "clip", "protect", "thermal_soa", "overtemp", "rail_fault", "low_load", "fault");
    static final List<String> POWERSOFT = List.of("standby", "mains_fault", "fan_fault", "overtemp", "converter_fault",
            "aux_voltage_fault");
    static final List<String> SHURE_CHANNEL = List.of("frequency", "rf", "audio", "battery_bars", "battery_minutes",
            "gain", "mute", "interference");
    /** An EW's one channel: no run time in minutes, no gain, no interference flag. */
    static final List<String> SENNHEISER_CHANNEL = List.of("frequency", "rf", "audio", "mute", "battery_bars");
    static final List<String> SCANNER = List.of("noise_floor", "peak_level", "peak_frequency");
    static final List<String> AUDIO_CHANNEL = List.of("peak", "rms", "true_peak", "gain_reduction", "notches");
    static final List<String> AUDIO = List.of("underruns", "overruns", "dropped_events");
    /** What a rule sets the severity of a polled device's offline alert with. */
    static final String OFFLINE = "offline";

    private static final Pattern CHANNEL_NAME = Pattern.compile("ch(\\d+)_(.+)");

    public DeviceMetrics {
        perChannel = List.copyOf(perChannel);
        phases = List.copyOf(phases);
        perPhase = List.copyOf(perPhase);
        named = List.copyOf(named);
    }

    /** Every device of the file, in its order: the audio path after the scanner, then the GPIO lines (no metrics). */
    public static List<DeviceMetrics> of(ShowFile show) {
        List<DeviceMetrics> out = new ArrayList<>();
        show.powerMeters().forEach(m -> out.add(meter(m)));
        show.dcMonitors().forEach(d -> out.add(new DeviceMetrics(d.id(), "an " + spelling(d.kind()) + " DC monitor",
                0, "", List.of(), List.of(), List.of(), withOffline(DC_MONITOR))));
        show.temperatureSensors().forEach(s -> out.add(sensor(s)));
        show.amplifiers().forEach(a -> out.add(amplifier(a)));
        show.receivers().forEach(r -> out.add(receiver(r)));
        show.scanner().ifPresent(s -> out.add(new DeviceMetrics(s.id(), "the spectrum scanner", 0, "", List.of(),
                List.of(), List.of(), withOffline(SCANNER))));
        // the audio path's loss is its own critical audio_device alert: it has no offline alert to set
        show.audio().ifPresent(a -> out.add(new DeviceMetrics(AudioSettings.DEVICE_ID, "the audio path", a.channels(),
                count(a.channels()), AUDIO_CHANNEL, List.of(), List.of(), AUDIO)));
        show.gpioOutputs().forEach(g -> out.add(new DeviceMetrics(g.id(), "a gpio output, role " + spelling(g.role()),
                0, "", List.of(), List.of(), List.of(), List.of())));
        show.gpioInputs().forEach(g -> out.add(new DeviceMetrics(g.id(), "a gpio input, role " + spelling(g.role()),
                0, "", List.of(), List.of(), List.of(), List.of())));
        out.removeIf(d -> d.id().isEmpty()); // an id already reported as unusable
        return List.copyOf(out);
    }

    private static DeviceMetrics meter(PowerMeter m) {
        List<String> own = switch (m.kind()) {
            case PZEM004T -> PZEM;
            case SDM120 -> SDM120;
            case SDM630 -> SDM630;
        };
        // phases already reported missing: any, so that rules on them are not refused a second time
        List<String> phases = (m.phases().isEmpty() ? List.of(PowerMeter.Phase.values()) : m.phases()).stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        return new DeviceMetrics(m.id(), (m.kind() == MeterKind.PZEM004T ? "a " : "an ") + spelling(m.kind())
                + " power meter on " + String.join(", ", phases), 0, "", List.of(), phases, METER_PHASE,
                withOffline(own));
    }

    private static DeviceMetrics sensor(TemperatureSensor s) {
        List<String> own = new ArrayList<>(SENSOR);
        if (s.kind() == SensorKind.PI_SOC) {
            MetricNames.PI_FLAGS.forEach(flag -> own.addAll(List.of(flag, flag + "_since_boot")));
        }
        return new DeviceMetrics(s.id(), "a " + spelling(s.kind()) + " temperature sensor", 0, "", List.of(),
                List.of(), List.of(), withOffline(own));
    }

    private static DeviceMetrics amplifier(Amplifier a) {
        int channels = a.channels() > 0 ? a.channels() : MetricNames.MOST_CHANNELS; // 0: already reported
        if (a.kind() == AmpKind.POWERSOFT) {
            return new DeviceMetrics(a.id(), "a powersoft amplifier", channels, count(channels), POWERSOFT_CHANNEL,
                    List.of(), List.of(), withOffline(POWERSOFT));
        }
        // an AES70 amp publishes its roles and, for each chN_temperature, the trend AmpWatch draws from it
        Set<String> named = new LinkedHashSet<>();
        for (String role : new TreeSet<>(a.ocaObjects().keySet())) {
            named.add(OcaObjects.metric(role));
            Matcher m = CHANNEL_NAME.matcher(role);
            if (m.matches() && m.group(2).equals("temperature")) {
                named.add(role + "_trend");
            }
        }
        named.add(OFFLINE);
        return new DeviceMetrics(a.id(), "an aes70 amplifier", channels, count(channels), List.of(), List.of(),
                List.of(), List.copyOf(named));
    }

    private static DeviceMetrics receiver(WirelessReceiver r) {
        int most = ReceiverChannels.most(r.kind());
        boolean ew = r.kind() == ReceiverKind.SENNHEISER_EW;
        // the file names the family, not the model: a ULXD4D is a shure-ulxd with two of the four channels
        String count = most == 1 ? "one channel" : "up to " + most + " channels (" + ReceiverChannels.models(r.kind())
                + ")";
        return new DeviceMetrics(r.id(), "a " + spelling(r.kind()) + " receiver", most, count,
                ew ? SENNHEISER_CHANNEL : SHURE_CHANNEL, List.of(), List.of(), List.of(OFFLINE));
    }

    private static List<String> withOffline(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.add(OFFLINE);
        return List.copyOf(out);
    }

    private static String count(int channels) {
        return channels == 1 ? "one channel" : channels + " channels";
    }

    private static String spelling(Enum<?> constant) {
        return Values.spelling(constant);
    }

    /** What the device is, for messages: {@code a powersoft amplifier with 4 channels}. */
    String described() {
        return kind + (channelsSaid.isEmpty() ? "" : " with " + channelsSaid);
    }

    /** Every name the device publishes, written out ({@code ch1_gain} to {@code ch4_gain}...). */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (int channel = 1; channel <= channels; channel++) {
            for (String word : perChannel) {
                names.add("ch" + channel + "_" + word);
            }
        }
        for (String phase : phases) {
            perPhase.forEach(word -> names.add(phase + "_" + word));
        }
        names.addAll(named);
        return names;
    }

    /** A rule's metric glob matches something this device publishes. */
    public boolean publishes(String glob) {
        return names().stream().anyMatch(name -> Globs.matches(glob, name));
    }

    /** The channels on which the device publishes {@code word} ({@code gain} for {@code chN_gain}). */
    SortedSet<Integer> channelsWith(String word) {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (int channel = 1; perChannel.contains(word) && channel <= channels; channel++) {
            numbers.add(channel);
        }
        for (String name : named) {
            Matcher m = CHANNEL_NAME.matcher(name);
            if (m.matches() && m.group(2).equals(word)) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    /** The phases on which the device publishes {@code word}, as numbers ({@code 2} for {@code l2_load}). */
    SortedSet<Integer> phasesWith(String word) {
        SortedSet<Integer> numbers = new TreeSet<>();
        if (perPhase.contains(word)) {
            phases.forEach(phase -> numbers.add(Integer.parseInt(phase.substring(1))));
        }
        return numbers;
    }

    /** What a rule on this device may name, for messages: {@code ch1_ to ch4_ with gain, mute; standby, offline}. */
    String allowed() {
        List<String> parts = new ArrayList<>();
        if (channels > 0 && !perChannel.isEmpty()) {
            parts.add((channels == 1 ? "ch1_" : "ch1_ to ch" + channels + "_") + " with " + String.join(", ",
                    perChannel));
        }
        if (!phases.isEmpty() && !perPhase.isEmpty()) {
            parts.add(String.join("_, ", phases) + "_ with " + String.join(", ", perPhase));
        }
        if (!named.isEmpty()) {
            parts.add(String.join(", ", named));
        }
        return parts.isEmpty() ? "nothing, it publishes no metrics" : String.join("; ", parts);
    }

    /**
     * The names a misspelt metric may have meant, written as the rule would: with its own {@code ch1_} or {@code l2_}
     * where the device has that channel or phase, else {@code ch*_} or the device's one phase.
     */
    List<String> suggestions(String prefix) {
        List<String> out = new ArrayList<>();
        boolean wild = prefix != null && (prefix.contains("*") || prefix.contains("?"));
        for (String name : named) {
            Matcher m = CHANNEL_NAME.matcher(name);
            if (wild && prefix.startsWith("ch") && m.matches()) {
                out.add(prefix + m.group(2)); // 'ch*_temprature' on an AES70 amp: 'ch*_temperature'
            }
            out.add(name);
        }
        String ch = prefix != null && prefix.startsWith("ch") && fits(prefix, channels) ? prefix : "ch*_";
        perChannel.forEach(word -> out.add((channels == 1 ? "ch1_" : ch) + word));
        String l = prefix != null && prefix.startsWith("l") && (wild
                || phases.contains(prefix.substring(0, prefix.length() - 1))) ? prefix
                : phases.size() == 1 ? phases.get(0) + "_" : "l*_";
        perPhase.forEach(word -> out.add(l + word));
        return out;
    }

    /** {@code ch*_}, {@code ch3_} on a device with at least 3 channels. */
    private static boolean fits(String prefix, int channels) {
        String number = prefix.substring(2, prefix.length() - 1);
        return !number.matches("\\d+") || !number.startsWith("0") && number.length() <= 3
                && Integer.parseInt(number) <= channels;
    }
}
