package dev.rackd.rig.power;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.rackd.app.power.RackI2c;
import dev.rackd.config.DcMonitor;
import dev.rackd.config.ShowFile;
import dev.rackd.rig.gpio.QuietPi4j;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * DC rail monitors (INA219/INA226) for {@code rackd run --simulate}: simulated chips on Pi4J's mock I2C at
 * the show file's bus and address, handed to the power module as its I2C, so the real driver reads them.
 * The show file passes through unchanged: on I2C the address is the endpoint.
 *
 * <p>Injection: {@code bus_voltage} (V), {@code current} (A) or {@code release}; {@code state offline} (the
 * chip stops answering) or {@code online}.
 */
public final class DcRailFamilySimulator implements FamilySimulator {
    private final Map<String, DcRail> rails = new LinkedHashMap<>();
    private Context pi4j;

    @Override
    public ShowFile start(ShowFile show, Path workDir) {
        if (show.dcMonitors().isEmpty()) {
            return show;
        }
        InaChips chips = new InaChips();
        for (DcMonitor m : show.dcMonitors()) {
            DcRail rail = new DcRail(m);
            chips.place(m.bus(), m.address(), switch (m.kind()) {
                case INA219 -> InaRegisterMap.INA219;
                case INA226 -> InaRegisterMap.INA226;
            }, rail);
            rails.put(m.id(), rail);
        }
        pi4j = QuietPi4j.build(() -> Pi4J.newContextBuilder().add(chips).build());
        RackI2c.use(pi4j);
        return show;
    }

    @Override
    public Set<String> devices() {
        return Set.copyOf(rails.keySet());
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        DcRail rail = rails.get(deviceId);
        if (rail == null) {
            throw new IllegalArgumentException("'" + deviceId + "' is not a simulated DC rail monitor");
        }
        rail.inject(deviceId, target, value);
    }

    @Override
    public void close() {
        if (pi4j != null) {
            RackI2c.use(null);
            pi4j.shutdown();
            pi4j = null;
        }
    }
}
