package dev.rackd.hal.temperature.pi;

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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Raspberry Pi itself: {@code temperature} of the SoC and the firmware's throttling flags as 0/1
 * readings ({@code under_voltage}, {@code frequency_capped}, {@code throttled}, {@code soft_temp_limit},
 * each also {@code ..._since_boot}). An under-voltage flag is the first sign of a tired PSU or a long
 * USB lead, long before the SD card corrupts.
 */
public final class PiSocMonitor extends PolledDevice {
    private final PiSocSettings settings;
    private final Clock clock;
    private boolean vcgencmdMissing;

    public PiSocMonitor(PiSocSettings settings, BusLoop loop, Clock clock) {
        super(settings.id(), settings.poll(), settings.offlineAfterFailures(), loop);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected List<Reading> read() throws PollFailure {
        double celsius;
        try {
            celsius = ThermalZone.parseCelsius(Files.readString(settings.thermalFile(), StandardCharsets.ISO_8859_1));
        } catch (NoSuchFileException e) {
            throw PollFailure.gone("no SoC thermal zone at " + settings.thermalFile());
        } catch (IOException e) {
            throw PollFailure.failed("cannot read " + settings.thermalFile() + ": " + e.getMessage());
        } catch (SysfsFormatException e) {
            throw PollFailure.failed(e.getMessage());
        }
        ReadingBatch batch = new ReadingBatch(settings.id(), clock.instant())
                .add("temperature", celsius, Unit.CELSIUS, celsius > -40 && celsius < 150);
        throttleFlags().ifPresent(f -> {
            for (int bit = 0; bit < ThrottleFlags.NAMES.size(); bit++) {
                batch.add(ThrottleFlags.NAMES.get(bit), f.now(bit) ? 1 : 0, Unit.NONE);
                batch.add(ThrottleFlags.NAMES.get(bit) + "_since_boot", f.sinceBoot(bit) ? 1 : 0, Unit.NONE);
            }
        });
        return batch.readings();
    }

    /** The flags, or empty where the machine has none (not a Pi): the temperature still counts. */
    private Optional<ThrottleFlags> throttleFlags() {
        try {
            Optional<Path> file = settings.throttledFile().filter(Files::isReadable);
            if (file.isPresent()) {
                return Optional.of(ThrottleFlags.parse(Files.readString(file.get(), StandardCharsets.ISO_8859_1)));
            }
            if (settings.askVcgencmd() && !vcgencmdMissing) {
                return Optional.of(ThrottleFlags.parse(vcgencmd()));
            }
        } catch (IOException | SysfsFormatException e) {
            // No flags this poll; the temperature still counts.
        }
        return Optional.empty();
    }

    private String vcgencmd() throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("vcgencmd", "get_throttled").redirectErrorStream(true).start();
        } catch (IOException e) {
            vcgencmdMissing = true; // not a Pi, or not on PATH: do not fork every poll
            throw e;
        }
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("vcgencmd get_throttled did not answer within 2 s");
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while asking vcgencmd", e);
        }
    }

    @Override
    public String toString() {
        return "Raspberry Pi SoC " + id();
    }
}
