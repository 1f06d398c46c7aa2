package dev.rackd.config;

import java.time.Duration;
import java.util.List;

/**
 * A mains meter on a Modbus RTU bus.
 *
 * @param kind        which meter family speaks on the bus
 * @param port        serial device, e.g. {@code /dev/ttyUSB0}; several meters may share one port
 * @param address     Modbus address 1..247
 * @param baud        9600 for a PZEM-004T; an SDM's own setting
 * @param phases      the phases this meter sees (a PZEM sees one, an SDM630 three)
 * @param breakerAmps the rating of the breaker feeding these phases
 */
public record PowerMeter(
        String id,
        String label,
        MeterKind kind,
        String port,
        int address,
        int baud,
        List<Phase> phases,
        double breakerAmps,
        Duration poll) {

    public PowerMeter {
        phases = List.copyOf(phases);
    }

    public enum MeterKind { PZEM004T, SDM630, SDM120 }

    public enum Phase { L1, L2, L3 }
}
