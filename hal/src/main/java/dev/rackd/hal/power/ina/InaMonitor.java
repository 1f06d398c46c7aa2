package dev.rackd.hal.power.ina;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.poll.PollFailure;
import dev.rackd.hal.poll.PolledDevice;
import dev.rackd.hal.poll.ReadingBatch;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * A DC rail (the Pi's 5 V, a 12 V accessory rail) through an INA219/INA226 on I2C via Pi4J. Reports
 * {@code voltage} (bus), {@code current} and {@code power}. The I2C handle is opened on the first poll
 * and reopened after an I/O error, so a monitor that was unplugged comes back by itself.
 */
public final class InaMonitor extends PolledDevice {
    private final InaSettings settings;
    private final Supplier<Context> pi4j;
    private final Clock clock;
    private final byte[] word = new byte[2];
    private I2C i2c;

    /**
     * @param pi4j    the Pi4J context with an I2C provider, asked on first use; it may throw where there
     *                is no I2C (the monitor then reports why it is offline)
     * @param i2cLoop shared by every monitor on the same I2C bus
     */
    public InaMonitor(InaSettings settings, Supplier<Context> pi4j, BusLoop i2cLoop, Clock clock) {
        super(settings.id(), settings.poll(), settings.offlineAfterFailures(), i2cLoop);
        this.settings = settings;
        this.pi4j = pi4j;
        this.clock = clock;
    }

    @Override
    protected List<Reading> read() throws PollFailure {
        try {
            if (i2c == null) {
                open();
            }
            int shunt = register(InaCodec.SHUNT_VOLTAGE);
            int bus = register(InaCodec.BUS_VOLTAGE);
            double volts = InaCodec.busVolts(settings.kind(), bus);
            double amps = InaCodec.currentAmps(InaCodec.shuntVolts(settings.kind(), shunt), settings.shuntOhms());
            boolean ok = !InaCodec.overRange(settings.kind(), shunt, bus)
                    && Math.abs(amps) <= settings.maxAmps() * 1.5;
            return new ReadingBatch(settings.id(), clock.instant())
                    .add("voltage", volts, Unit.VOLT)
                    .add("current", amps, Unit.AMPERE, ok)
                    .add("power", volts * amps, Unit.WATT, ok)
                    .readings();
        } catch (RuntimeException e) {
            // Pi4J reports bus errors as runtime exceptions: drop the handle and open again next poll.
            release();
            throw PollFailure.failed(where() + ": " + e.getMessage());
        }
    }

    private void open() throws PollFailure {
        Context context = pi4j.get();
        i2c = context.create(I2C.newConfigBuilder(context).id("rackd-" + settings.id()).name(settings.id())
                .bus(settings.bus()).device(settings.address()).build());
        if (settings.kind() == InaKind.INA226) {
            int id = register(InaCodec.MANUFACTURER_ID);
            if (id != InaCodec.TEXAS_INSTRUMENTS) {
                release();
                throw PollFailure.failed(where() + " is not an INA226 (manufacturer id 0x" + Integer.toHexString(id)
                        + ")");
            }
        }
    }

    private int register(int reg) throws PollFailure {
        if (i2c.readRegister(reg, word, 0, 2) < 2) {
            release();
            throw PollFailure.failed("no answer from " + where() + " (wiring or address?)");
        }
        return (word[0] & 0xFF) << 8 | (word[1] & 0xFF);
    }

    private String where() {
        return settings.kind() + " at 0x" + Integer.toHexString(settings.address()) + " on I2C bus " + settings.bus();
    }

    @Override
    protected void release() {
        I2C handle = i2c;
        i2c = null;
        if (handle != null) {
            try {
                pi4j.get().shutdown(handle);
            } catch (RuntimeException e) {
                handle.close();
            }
        }
    }

    @Override
    public String toString() {
        return where() + " (" + id() + ")";
    }
}
