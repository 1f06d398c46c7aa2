package dev.rackd.rig.sim;

import dev.rackd.app.core.DevicePolls;
import dev.rackd.config.ShowFile;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Builds a {@link VirtualDevice} with the right value model for every show-file device not excluded. */
final class VirtualRack {
    static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

    private VirtualRack() {}

    /**
     * @param covered devices a family simulator already serves over a real transport
     * @param seed    fixes the random walks, so a test sees the same rack twice
     */
    static Map<String, VirtualDevice> build(ShowFile show, Set<String> covered, Clock clock, long seed) {
        long start = System.nanoTime();
        SplittableRandom root = new SplittableRandom(seed);
        Mains mains = new Mains(show.rack().mains(), root.split());
        Map<String, Duration> polls = DevicePolls.of(show);
        Map<String, VirtualDevice> devices = new LinkedHashMap<>();
        Function<String, SplittableRandom> random = id -> new SplittableRandom(seed ^ id.hashCode());
        BiConsumer<String, DeviceModel> add = (id, model) -> {
            if (!covered.contains(id)) {
                devices.put(id, new VirtualDevice(id, model, polls.getOrDefault(id, DEFAULT_POLL), clock, start));
            }
        };
        show.powerMeters().forEach(d -> add.accept(d.id(), new MeterModel(d, mains, random.apply(d.id()))));
        show.dcMonitors().forEach(d -> add.accept(d.id(), new DcRailModel(d, random.apply(d.id()))));
        show.temperatureSensors().forEach(d -> add.accept(d.id(), new TemperatureModel(d, random.apply(d.id()))));
        show.amplifiers().forEach(d -> add.accept(d.id(), new AmpModel(d, random.apply(d.id()))));
        show.receivers().forEach(d -> add.accept(d.id(), new ReceiverModel(d, random.apply(d.id()))));
        show.scanner().ifPresent(d -> add.accept(d.id(), new ScannerModel(random.apply(d.id()))));
        return devices;
    }
}
