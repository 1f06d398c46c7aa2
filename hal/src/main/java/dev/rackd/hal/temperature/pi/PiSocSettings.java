package dev.rackd.hal.temperature.pi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Pi's own health.
 *
 * @param thermalFile   the SoC thermal zone, {@code /sys/class/thermal/thermal_zone0/temp} on a Pi
 * @param throttledFile the firmware's throttling word; when absent or missing, {@code vcgencmd} is asked
 *                      if {@code askVcgencmd}, else the flags are not reported
 */
public record PiSocSettings(String id, Path thermalFile, Optional<Path> throttledFile, boolean askVcgencmd,
        Duration poll, int offlineAfterFailures) {
    public static final Path PI_THERMAL = Path.of("/sys/class/thermal/thermal_zone0/temp");
    public static final Path PI_THROTTLED = Path.of("/sys/devices/platform/soc/soc:firmware/get_throttled");

    /** The throttling file that sits in the same sysfs tree as {@code thermalFile}, if it is a standard one. */
    public static Optional<Path> throttledBeside(Path thermalFile) {
        Path standard = Path.of("class/thermal/thermal_zone0/temp");
        Path sys = thermalFile;
        for (int i = 0; i < standard.getNameCount(); i++) {
            if (sys == null) {
                return Optional.empty();
            }
            sys = sys.getParent();
        }
        if (sys == null || !thermalFile.endsWith(standard)) {
            return Optional.empty();
        }
        return Optional.of(sys.resolve("devices/platform/soc/soc:firmware/get_throttled"));
    }
}
