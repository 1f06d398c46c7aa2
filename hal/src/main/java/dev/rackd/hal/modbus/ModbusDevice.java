package dev.rackd.hal.modbus;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.poll.DeviceHealth;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A meter on a shared {@link ModbusBus}: the bus calls {@link #read} on its own thread at the meter's
 * cadence; this class turns the outcome into readings, offline events and progress counts.
 */
public abstract class ModbusDevice implements Device {
    private final String id;
    private final Duration poll;
    private final ModbusBus bus;
    private final DeviceHealth health;
    private final ModbusBus.Member member = new ModbusBus.Member() {
        @Override
        public Duration period() {
            return poll;
        }

        @Override
        public void poll(ModbusMaster master) throws IOException {
            try {
                health.good(read(master));
            } catch (ModbusException e) {
                health.failed(e.getMessage());
            } finally {
                health.cycle();
            }
        }

        @Override
        public void busDown(String reason) {
            health.gone(reason);
            health.cycle();
        }
    };

    protected ModbusDevice(String id, Duration poll, int offlineAfterFailures, ModbusBus bus) {
        this.id = id;
        this.poll = poll;
        this.bus = bus;
        this.health = new DeviceHealth(id, offlineAfterFailures);
    }

    /** One poll: the readings of a good answer, or a {@link ModbusException} saying why there is none. */
    protected abstract List<Reading> read(ModbusMaster master) throws ModbusException, IOException;

    protected ModbusBus bus() {
        return bus;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void start(DeviceListener listener) {
        health.listener(listener);
        bus.attach(member);
    }

    @Override
    public final long cycles() {
        return health.cycles();
    }

    @Override
    public final void close() {
        bus.detach(member);
    }
}
