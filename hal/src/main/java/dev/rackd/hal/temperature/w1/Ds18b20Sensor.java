package dev.rackd.hal.temperature.w1;

import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.poll.PollFailure;
import dev.rackd.hal.poll.PolledDevice;
import dev.rackd.hal.poll.ReadingBatch;
import dev.rackd.hal.temperature.SysfsFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A DS18B20 read through the Linux w1 sysfs files, reporting {@code temperature} in °C. A read with
 * {@code crc=.. NO}, an all-zero scratchpad or the 85 °C power-on value is read again (up to
 * {@code reReads} times); if it stays bad the poll failed. A sensor folder that vanished means the sensor
 * left the bus: offline at once. All sensors under one w1 master should share one {@link BusLoop}: the
 * kernel serialises the bus anyway, and each read may take a 750 ms conversion.
 */
public final class Ds18b20Sensor extends PolledDevice {
    private final Ds18b20Settings settings;
    private final Clock clock;

    public Ds18b20Sensor(Ds18b20Settings settings, BusLoop w1Loop, Clock clock) {
        super(settings.id(), settings.poll(), settings.offlineAfterFailures(), w1Loop);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected List<Reading> read() throws PollFailure {
        String why = null;
        for (int attempt = 0; attempt <= settings.reReads(); attempt++) {
            W1Sample s;
            try {
                s = W1Slave.parse(readSlaveFile());
            } catch (SysfsFormatException e) {
                why = e.getMessage();
                continue;
            }
            if (!s.crcOk()) {
                why = "1-Wire CRC error (noise or a long cable)";
            } else if (s.allZero()) {
                why = "all-zero answer (data line shorted?)";
            } else if (s.powerOnValue()) {
                why = "power-on value 85 °C, not a measurement (sensor lost power during conversion?)";
            } else {
                return new ReadingBatch(settings.id(), clock.instant())
                        .add("temperature", s.celsius(), Unit.CELSIUS, s.inRange())
                        .readings();
            }
        }
        throw PollFailure.failed(settings.sensorId() + ": " + why + ", " + (settings.reReads() + 1) + " reads");
    }

    private String readSlaveFile() throws PollFailure {
        Path file = settings.slaveFile();
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw PollFailure.gone(Files.isDirectory(settings.devicesRoot())
                    ? "sensor " + settings.sensorId() + " is gone from the 1-Wire bus (unplugged or broken wire?)"
                    : "no 1-Wire bus at " + settings.devicesRoot() + " (w1-gpio overlay not loaded?)");
        } catch (IOException e) {
            throw PollFailure.failed("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "DS18B20 " + id() + " (" + settings.sensorId() + ")";
    }
}
