package dev.rackd.rig.power;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * One temperature as the kernel would show it in a sysfs-shaped folder: a DS18B20's {@code w1_slave},
 * the Pi's thermal zone (with the firmware's throttling word beside it), or a plain millidegree file.
 * Rewritten atomically on every tick, as a sysfs read always sees a whole value.
 */
final class SysfsSensor {
    enum Kind { DS18B20, PI_SOC, FILE }

    private final Kind kind;
    private final Path file;
    private final Path throttledFile;
    final TemperatureModel model;
    private volatile Ds18b20Image.Spoil spoil = Ds18b20Image.Spoil.NONE;
    private volatile boolean vanished;
    private volatile boolean garbage;
    private volatile int throttleBits;

    SysfsSensor(Kind kind, Path file, Path throttledFile, TemperatureModel model) {
        this.kind = kind;
        this.file = file;
        this.throttledFile = throttledFile;
        this.model = model;
    }

    Kind kind() {
        return kind;
    }

    Path file() {
        return file;
    }

    synchronized void write() throws IOException {
        if (vanished) {
            delete(kind == Kind.DS18B20 ? file.getParent() : file);
            return;
        }
        String text;
        if (garbage) {
            byte[] noise = new byte[40];
            ThreadLocalRandom.current().nextBytes(noise);
            text = new String(noise, StandardCharsets.ISO_8859_1);
        } else if (kind == Kind.DS18B20) {
            text = Ds18b20Image.w1Slave(model.celsius(), spoil);
        } else {
            text = Math.round(model.celsius() * 1000) + "\n";
        }
        atomically(file, text);
        if (throttledFile != null) {
            atomically(throttledFile, Integer.toHexString(throttleBits) + "\n");
        }
    }

    /** A {@code state} injection. */
    void state(String state) {
        String s = state.toLowerCase(Locale.ROOT);
        switch (s) {
            case "online", "release" -> {
                vanished = false;
                garbage = false;
                spoil = Ds18b20Image.Spoil.NONE;
            }
            case "offline", "vanish" -> vanished = true;
            case "garbage" -> garbage = true;
            case "crc_no", "crc" -> spoil = Ds18b20Image.Spoil.CRC_ERROR;
            case "power_on", "85000" -> spoil = Ds18b20Image.Spoil.POWER_ON;
            case "all_zero", "short" -> spoil = Ds18b20Image.Spoil.ALL_ZERO;
            default -> throw new IllegalArgumentException("unknown state '" + state
                    + "'; sensors know online, offline, vanish, garbage, crc_no, power_on, all_zero");
        }
    }

    /** A throttling flag (bit 0..3): set now and since boot; cleared now only, as the firmware does. */
    void flag(int bit, boolean on) {
        if (throttledFile == null) {
            throw new IllegalArgumentException("only the Pi has throttling flags");
        }
        throttleBits = on ? throttleBits | 1 << bit | 1 << (16 + bit) : throttleBits & ~(1 << bit);
    }

    private static void atomically(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
