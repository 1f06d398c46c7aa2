package dev.rackd.rig.wireless;

import dev.rackd.config.TvChannels;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.ShowFile;
import dev.rackd.config.SpectrumScanner;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.rig.pty.SocatPty;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every wireless device of the show file on its real transport: Shure receivers on TCP, Sennheiser receivers on
 * UDP (127.0.0.1, free ports), the RF Explorer on a socat pseudo-terminal seeing a synthetic venue (the excluded TV
 * channels on air, the show's own carriers and their intermodulation). The show file comes back pointed at them.
 */
public final class WirelessFamilySimulator implements FamilySimulator {
    private final Map<String, ShureReceiverSim> shure = new LinkedHashMap<>();
    private final Map<String, SennheiserReceiverSim> sennheiser = new LinkedHashMap<>();
    private final Map<String, RfExplorerSim> scanners = new LinkedHashMap<>();

    @Override
    public ShowFile start(ShowFile show, Path workDir) throws Exception {
        List<WirelessReceiver> rewired = new ArrayList<>();
        List<Long> carriers = new ArrayList<>();
        for (WirelessReceiver r : show.receivers()) {
            int port;
            if (r.kind() == WirelessReceiver.ReceiverKind.SENNHEISER_EW) {
                SennheiserReceiverSim sim = new SennheiserReceiverSim(start(r, r.channels().get(0)), r.tuningMinKhz(),
                        r.tuningMaxKhz());
                sennheiser.put(r.id(), sim);
                port = sim.port();
            } else {
                Map<Integer, Long> freqs = new LinkedHashMap<>();
                r.channels().forEach(c -> freqs.put(c.channel(), start(r, c)));
                ShureReceiverSim sim = new ShureReceiverSim(dialect(r.kind()), freqs, r.tuningMinKhz(),
                        r.tuningMaxKhz());
                shure.put(r.id(), sim);
                port = sim.port();
            }
            r.channels().stream().filter(c -> c.frequencyKhz() > 0).forEach(c -> carriers.add(c.frequencyKhz()));
            rewired.add(new WirelessReceiver(r.id(), r.label(), r.kind(), "127.0.0.1", port, r.tuningMinKhz(),
                    r.tuningMaxKhz(), r.stepKhz(), r.channels(), r.meterInterval()));
        }
        Optional<SpectrumScanner> scanner = Optional.empty();
        if (show.scanner().isPresent()) {
            SpectrumScanner s = show.scanner().get();
            RfExplorerSim sim = new RfExplorerSim(SocatPty.open(workDir, s.id()),
                    new SyntheticSpectrum(onAir(show), carriers));
            scanners.put(s.id(), sim);
            scanner = Optional.of(new SpectrumScanner(s.id(), s.label(), sim.driverPort(), s.baud(), s.scanMinKhz(),
                    s.scanMaxKhz(), s.resolutionKhz()));
        }
        return new ShowFile(show.rack(), show.mqtt(), show.stateDir(), show.powerMeters(), show.dcMonitors(),
                show.temperatureSensors(), show.amplifiers(), rewired, scanner, show.coordination(), show.audio(),
                show.gpioOutputs(), show.gpioInputs(), show.sequence(), show.alerts(), show.auth());
    }

    @Override
    public Set<String> devices() {
        Set<String> ids = new java.util.LinkedHashSet<>(shure.keySet());
        ids.addAll(sennheiser.keySet());
        ids.addAll(scanners.keySet());
        return Set.copyOf(ids);
    }

    public ShureReceiverSim shure(String id) {
        return require(shure, id);
    }

    public SennheiserReceiverSim sennheiser(String id) {
        return require(sennheiser, id);
    }

    public RfExplorerSim scanner(String id) {
        return require(scanners, id);
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        if (shure.containsKey(deviceId)) {
            WirelessFaults.shure(shure.get(deviceId), deviceId, target, value);
        } else if (sennheiser.containsKey(deviceId)) {
            WirelessFaults.sennheiser(sennheiser.get(deviceId), deviceId, target, value);
        } else if (scanners.containsKey(deviceId)) {
            WirelessFaults.scanner(scanners.get(deviceId), deviceId, target, value);
        } else {
            throw new IllegalArgumentException("no simulated wireless device '" + deviceId + "'; there are "
                    + devices());
        }
    }

    @Override
    public void close() {
        shure.values().forEach(ShureReceiverSim::close);
        sennheiser.values().forEach(SennheiserReceiverSim::close);
        scanners.values().forEach(RfExplorerSim::close);
        shure.clear();
        sennheiser.clear();
        scanners.clear();
    }

    private static ShureDialect dialect(WirelessReceiver.ReceiverKind kind) {
        return switch (kind) {
            case SHURE_SLXD -> ShureDialect.SLXD;
            case SHURE_AXIENT -> ShureDialect.AXIENT;
            default -> ShureDialect.ULXD;
        };
    }

    /** The show's coordinated frequency, or the bottom of the tuning range when it has none yet. */
    private static long start(WirelessReceiver r, WirelessChannel c) {
        return c.frequencyKhz() > 0 ? c.frequencyKhz() : r.tuningMinKhz();
    }

    /** The TV channels the show file excludes are the ones on air at the venue. */
    private static List<SyntheticSpectrum.TvTransmitter> onAir(ShowFile show) {
        List<SyntheticSpectrum.TvTransmitter> tv = new ArrayList<>();
        show.coordination().ifPresent(c -> {
            for (int ch : c.excludedTv()) {
                TvPlan plan = c.tvPlan();
                KhzRange span = TvChannels.span(plan, ch);
                tv.add(new SyntheticSpectrum.TvTransmitter(span.fromKhz(), span.toKhz()));
            }
        });
        return tv;
    }

    private static <T> T require(Map<String, T> map, String id) {
        T t = map.get(id);
        if (t == null) {
            throw new IllegalArgumentException("no simulated device '" + id + "' of this kind; there are " + map.keySet());
        }
        return t;
    }
}
