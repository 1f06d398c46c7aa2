package dev.rackd.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole show file, validated. Immutable; every list is unmodifiable and never null.
 * Sections a rack does not have are empty lists or {@link Optional#empty()}.
 */
public record ShowFile(
        RackInfo rack,
        MqttSettings mqtt,
        Path stateDir,
        List<PowerMeter> powerMeters,
        List<DcMonitor> dcMonitors,
        List<TemperatureSensor> temperatureSensors,
        List<Amplifier> amplifiers,
        List<WirelessReceiver> receivers,
        Optional<SpectrumScanner> scanner,
        Optional<CoordinationSettings> coordination,
        Optional<AudioSettings> audio,
        List<GpioOutput> gpioOutputs,
        List<GpioInput> gpioInputs,
        List<SequenceStep> sequence,
        AlertSettings alerts,
        AuthSettings auth) {

    public ShowFile {
        powerMeters = List.copyOf(powerMeters);
        dcMonitors = List.copyOf(dcMonitors);
        temperatureSensors = List.copyOf(temperatureSensors);
        amplifiers = List.copyOf(amplifiers);
        receivers = List.copyOf(receivers);
        gpioOutputs = List.copyOf(gpioOutputs);
        gpioInputs = List.copyOf(gpioInputs);
        sequence = List.copyOf(sequence);
    }

    /** Every device id in the file, in file order (meters, DC monitors, sensors, amps, receivers, scanner). */
    public List<String> deviceIds() {
        var ids = new java.util.ArrayList<String>();
        powerMeters.forEach(d -> ids.add(d.id()));
        dcMonitors.forEach(d -> ids.add(d.id()));
        temperatureSensors.forEach(d -> ids.add(d.id()));
        amplifiers.forEach(d -> ids.add(d.id()));
        receivers.forEach(d -> ids.add(d.id()));
        scanner.ifPresent(s -> ids.add(s.id()));
        return List.copyOf(ids);
    }

    /** {@link #deviceIds()} and, when the file has an audio section, the audio path ({@link AudioSettings#DEVICE_ID}). */
    public List<String> reportedDeviceIds() {
        var ids = new java.util.ArrayList<>(deviceIds());
        audio.ifPresent(a -> ids.add(AudioSettings.DEVICE_ID));
        return List.copyOf(ids);
    }
}
