package dev.rackd.config;

import dev.rackd.config.WirelessReceiver.ReceiverKind;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code wireless:} — networked receivers and their channels, the RF scanner, and coordination settings. */
final class WirelessReader {
    static final List<String> KEYS = List.of("receivers", "scanner", "coordination");
    static final List<String> RECEIVER_KEYS = List.of("id", "label", "kind", "host", "port", "tuning_min_khz",
            "tuning_max_khz", "step_khz", "channels", "meter_interval");
    /** UHF and the 1.2/1.8 GHz bands wireless systems use; frequencies in kHz. */
    static final long MIN_KHZ = WirelessReceiver.LOWEST_KHZ;
    static final long MAX_KHZ = WirelessReceiver.HIGHEST_KHZ;

    private WirelessReader() {}

    record Wireless(List<WirelessReceiver> receivers, Optional<SpectrumScanner> scanner,
                    Optional<CoordinationSettings> coordination) {}

    static Wireless read(Fields root, Registry registry) {
        Fields f = root.section("wireless", KEYS);
        // first: the receivers' frequencies must keep out of what it rules out
        Optional<CoordinationSettings> coordination = f.present("coordination")
                ? Optional.of(CoordinationReader.read(f.section("coordination", CoordinationReader.KEYS)))
                : Optional.empty();
        List<TuningGrid.Exclusion> exclusions = coordination.map(TuningGrid::of).orElse(List.of());
        List<WirelessReceiver> receivers = new ArrayList<>();
        for (Fields item : f.items("receivers", RECEIVER_KEYS)) {
            receivers.add(receiver(item, registry, exclusions));
        }
        Optional<SpectrumScanner> scanner = f.present("scanner")
                ? Optional.of(ScannerReader.read(f.section("scanner", ScannerReader.KEYS), registry))
                : Optional.empty();
        return new Wireless(receivers, scanner, coordination);
    }

    private static WirelessReceiver receiver(Fields f, Registry registry, List<TuningGrid.Exclusion> exclusions) {
        String id = registry.deviceId(f);
        ReceiverKind kind = f.requiredChoice("kind", ReceiverKind.class, "receiver kind")
                .orElse(ReceiverKind.SHURE_ULXD);
        String host = Hosts.required(f, "host");
        int port = f.integer("port", kind == ReceiverKind.SENNHEISER_EW ? 53212 : 2202, 1, 65535, "");
        registry.claimEndpoint(f, "host", host.isEmpty() ? "" : host + ":" + port, f.path());
        long min = f.requiredInteger("tuning_min_khz", MIN_KHZ, MAX_KHZ, "kHz", "470000").orElse(MIN_KHZ);
        long max = f.requiredInteger("tuning_max_khz", MIN_KHZ, MAX_KHZ, "kHz", "534000").orElse(MAX_KHZ);
        if (min >= max) {
            f.error("tuning_max_khz", max + " kHz is not above tuning_min_khz (" + min + " kHz); allowed: a band"
                    + " with tuning_min_khz < tuning_max_khz");
        }
        int step = f.integer("step_khz", 25, 1, 1000, "kHz");
        List<WirelessChannel> channels = ReceiverChannels.read(f, kind, new TuningGrid(min, max, step, exclusions),
                id, registry);
        Duration meter = f.duration("meter_interval", Duration.ofSeconds(1), PowerReader.MIN_POLL,
                Duration.ofMinutes(1));
        return new WirelessReceiver(id, f.text("label", id, "any text"), kind, host, port, min, max, step, channels,
                meter);
    }
}
