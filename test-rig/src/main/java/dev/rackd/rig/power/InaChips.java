package dev.rackd.rig.power;

import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProviderImpl;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pi4J's mock I2C provider with simulated INA chips at their bus and address: opening a device there
 * reaches the chip; any other address gets an empty mock that never answers, as a bus with nothing on it.
 */
final class InaChips extends MockI2CProviderImpl {
    private record Slot(int bus, int address) {}

    private record Placed(InaRegisterMap map, DcRail rail) {}

    private final Map<Slot, Placed> chips = new ConcurrentHashMap<>();

    void place(int bus, int address, InaRegisterMap map, DcRail rail) {
        chips.put(new Slot(bus, address), new Placed(map, rail));
    }

    @Override
    public I2C create(I2CConfig config) {
        Placed chip = chips.get(new Slot(config.bus(), config.device()));
        I2C i2c = chip == null ? new MockI2C(this, config) : new InaChip(this, config, chip.map(), chip.rail());
        this.context.registry().add(i2c);
        return i2c;
    }
}
