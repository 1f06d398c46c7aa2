package dev.rackd.rig.amps;

import dev.rackd.config.Amplifier;
import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.config.ShowFile;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every amplifier of the show file as a simulated amp on a real socket: Powersoft on UDP, AES70 on TCP. Each
 * starts as the show file intends (gains, mutes, loads) with moderate music playing, and the show file comes
 * back pointed at 127.0.0.1 and the simulators' ports, so {@code rackd run --simulate} runs the real drivers.
 */
public final class AmpFamilySimulator implements FamilySimulator {
    /** Music level the simulated amps start with: enough to warm them a little and to measure the load. */
    static final double START_DRIVE = 0.3;

    private final Map<String, SimulatedAmpEndpoint> amps = new LinkedHashMap<>();
    private final double timeScale;

    public AmpFamilySimulator() {
        this(1.0);
    }

    /** @param timeScale simulated seconds per real second for the thermal model */
    public AmpFamilySimulator(double timeScale) {
        this.timeScale = timeScale;
    }

    @Override
    public ShowFile start(ShowFile show, Path workDir) throws Exception {
        List<Amplifier> rewired = new ArrayList<>();
        for (Amplifier a : show.amplifiers()) {
            SimulatedAmp model = new SimulatedAmp(a.channels(), timeScale);
            for (int ch = 1; ch <= a.channels(); ch++) {
                AmpChannel s = a.setting(ch).orElse(null);
                model.setUp(ch, s == null ? 0.0 : s.gainDb(), s != null && s.muted(),
                        s == null || s.loadOhms() <= 0 ? 8.0 : s.loadOhms(), START_DRIVE);
            }
            SimulatedAmpEndpoint endpoint = switch (a.kind()) {
                case POWERSOFT -> SimulatedAmpEndpoint.of(new PowersoftSimulator(model, "sim " + a.channels() + "ch", 0));
                case AES70 -> SimulatedAmpEndpoint.of(new Aes70Simulator(model, a.ocaObjects(), 0));
            };
            amps.put(a.id(), endpoint);
            rewired.add(new Amplifier(a.id(), a.label(), a.kind(), "127.0.0.1", endpoint.port(), a.channels(), a.settings(),
                    a.ocaObjects(), a.poll()));
        }
        return new ShowFile(show.rack(), show.mqtt(), show.stateDir(), show.powerMeters(), show.dcMonitors(),
                show.temperatureSensors(), rewired, show.receivers(), show.scanner(), show.coordination(), show.audio(),
                show.gpioOutputs(), show.gpioInputs(), show.sequence(), show.alerts(), show.auth());
    }

    @Override
    public Set<String> devices() {
        return Set.copyOf(amps.keySet());
    }

    /** The simulated amp behind a device id, for tests and the bench. */
    public SimulatedAmpEndpoint amp(String deviceId) {
        SimulatedAmpEndpoint e = amps.get(deviceId);
        if (e == null) {
            throw new IllegalArgumentException("no simulated amplifier '" + deviceId + "'; amplifiers: " + amps.keySet());
        }
        return e;
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        AmpFaultInjection.apply(amp(deviceId), deviceId, target, value);
    }

    @Override
    public void close() {
        amps.values().forEach(SimulatedAmpEndpoint::close);
        amps.clear();
    }
}
