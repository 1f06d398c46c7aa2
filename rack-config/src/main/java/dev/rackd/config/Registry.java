package dev.rackd.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one section may say about another: ids and GPIO pins are claimed here (a second claim is an error) and
 * references between sections are checked once every section has been read.
 */
final class Registry {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final String ID_RULE = "lower-case letters, digits and '-', starting with a letter or digit, at most 64"
            + " characters (it becomes part of MQTT topics)";

    private record Claim(String path, int line) {}

    private final Map<Integer, String> busPins = new HashMap<>();
    private final Values values;
    private final Map<String, Claim> ids = new HashMap<>();
    private final Map<Integer, Claim> pins = new HashMap<>();
    private final Map<Long, Claim> frequencies = new HashMap<>();
    private final Map<String, Claim> endpoints = new HashMap<>();
    private final List<Runnable> afterwards = new ArrayList<>();
    private final Map<String, GpioOutput> outputs = new HashMap<>();
    private final Set<String> amplifiers = new TreeSet<>();
    private final Set<String> metrics = new TreeSet<>();
    private List<DeviceMetrics> devices = List.of();

    Registry(Values values) {
        this.values = values;
    }

    Values values() {
        return values;
    }

    /** Reads an MQTT-safe id from {@code key}, reporting bad characters; "" when unusable. */
    String safeId(Fields f, String key) {
        String id = f.requiredText(key, ID_RULE + ", e.g. amp-a");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            f.error(key, Values.quote(id) + " is not a valid id; allowed: " + ID_RULE);
            return "";
        }
        return id;
    }

    /** A device or GPIO id, unique across the whole file. */
    String deviceId(Fields f) {
        String id = safeId(f, "id");
        if (id.isEmpty()) {
            return id;
        }
        int line = f.line("id");
        Claim first = ids.putIfAbsent(id, new Claim(f.path("id"), line));
        if (first != null) {
            f.error("id", "duplicate id '" + id + "', already used by " + first.path() + " on line " + first.line()
                    + "; allowed: ids unique across all devices and GPIO lines");
        }
        return id;
    }

    /** An id a section publishes under without an {@code id:} key of its own (the audio path). */
    void reserveId(Fields f, String key, String id) {
        Claim first = ids.putIfAbsent(id, new Claim(f.path(key), 0));
        if (first != null) {
            f.keyError(key, "the " + key + " section publishes as device '" + id + "', which " + first.path()
                    + " on line " + first.line() + " also uses; allowed: another id for that device");
        }
    }

    List<String> ids() {
        return List.copyOf(ids.keySet());
    }

    /** A GPIO line may drive one thing only. */
    void claimPin(Fields f, int pin, String owner) {
        int line = f.line("pin");
        Claim first = pins.putIfAbsent(pin, new Claim(owner, line));
        if (first != null) {
            f.error("pin", "GPIO " + pin + " is already used by " + first.path() + " on line " + first.line()
                    + "; allowed: each GPIO pin once");
        }
    }

    /** Two transmitters on one frequency cannot both work: the show file must not plan it. */
    void claimFrequency(Fields f, long frequencyKhz, String channel) {
        int line = f.line("frequency_khz");
        Claim first = frequencies.putIfAbsent(frequencyKhz, new Claim(channel, line));
        if (first != null) {
            f.error("frequency_khz", frequencyKhz + " kHz is also the frequency of " + first.path() + " on line "
                    + first.line() + "; allowed: one channel per frequency");
        }
    }

    /**
     * A network device's host and port, or a serial port's path (port 0): two devices on one endpoint is a
     * copy-paste mistake, except meters sharing their RS-485 bus (claimed once for the bus).
     */
    void claimEndpoint(Fields f, String key, String endpoint, String owner) {
        if (endpoint.isEmpty()) {
            return;
        }
        int line = f.line(key);
        Claim first = endpoints.putIfAbsent(endpoint, new Claim(owner, line));
        if (first != null && !first.path().equals(owner)) {
            f.error(key, endpoint + " is already used by " + first.path() + " on line " + first.line()
                    + "; allowed: one device per address and port");
        }
    }

    Optional<String> pinOwner(int pin) {
        return Optional.ofNullable(pins.get(pin)).map(Claim::path);
    }

    /** A bus (I2C bus 1 on GPIO 2 and 3) uses this pin; several devices may share the bus. */
    void busUses(int pin, String owner) {
        busPins.putIfAbsent(pin, owner);
    }

    /** Whatever drives the pin: a gpio entry or a bus. */
    Optional<String> anyPinOwner(int pin) {
        return pinOwner(pin).or(() -> Optional.ofNullable(busPins.get(pin)));
    }

    void output(GpioOutput output) {
        outputs.putIfAbsent(output.id(), output);
    }

    Optional<GpioOutput> output(String id) {
        return Optional.ofNullable(outputs.get(id));
    }

    void amplifier(String id) {
        amplifiers.add(id);
    }

    /** The ids of the show file's amplifiers, sorted; complete once every section is read. */
    List<String> amplifiers() {
        return List.copyOf(amplifiers); // in order: the nearest of two equally near names is the first
    }

    /** A metric this show file makes a device publish beyond the fixed vocabulary (an AES70 amp's role). */
    void publishes(String metric) {
        metrics.add(metric);
    }

    /** What each device publishes, once every section is read (before the deferred checks run). */
    void devices(List<DeviceMetrics> all) {
        devices = List.copyOf(all);
    }

    List<DeviceMetrics> devices() {
        return devices;
    }

    /** Every metric {@link #publishes} was told of, sorted. */
    List<String> published() {
        return List.copyOf(metrics);
    }

    /** A filesystem path; empty (and reported) when the text cannot be one. */
    Optional<Path> path(Fields f, String key) {
        Optional<String> text = f.optionalText(key, "a file path");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.get()));
        } catch (InvalidPathException e) {
            f.error(key, Values.quote(text.get()) + " is not a usable path; allowed: a file path");
            return Optional.empty();
        }
    }

    /** A check that needs every section read first (references, globs). */
    void afterwards(Runnable check) {
        afterwards.add(check);
    }

    void runDeferredChecks() {
        afterwards.forEach(Runnable::run);
    }
}
