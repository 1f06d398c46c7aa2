package dev.rackd.rig.pty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pair of linked pseudo-terminals made by socat: the driver opens {@link #driverSide()}, a simulator
 * the {@link #deviceSide()}. Bytes cross a real tty line discipline, as with a USB adapter.
 * {@link #unplug()} kills socat (the driver's path vanishes); {@link #replug()} makes the pair again
 * under the same link names.
 */
public final class SocatPty implements AutoCloseable {
    private final Path driverSide;
    private final Path deviceSide;
    private Process socat;

    private SocatPty(Path driverSide, Path deviceSide) {
        this.driverSide = driverSide;
        this.deviceSide = deviceSide;
    }

    /** Creates {@code dir/name} (driver side) and {@code dir/name.dev} (device side). */
    public static SocatPty open(Path dir, String name) throws IOException {
        SocatPty p = new SocatPty(dir.resolve(name), dir.resolve(name + ".dev"));
        p.replug();
        return p;
    }

    public Path driverSide() {
        return driverSide;
    }

    public Path deviceSide() {
        return deviceSide;
    }

    /** Starts socat (again) and waits until both links exist. */
    public synchronized void replug() throws IOException {
        if (socat != null && socat.isAlive()) {
            return;
        }
        Files.createDirectories(driverSide.getParent());
        // No -d0: socat 1.7 (Debian 12) rejects it; without -d it logs only errors, which are discarded anyway.
        socat = new ProcessBuilder("socat",
                "pty,raw,echo=0,link=" + driverSide, "pty,raw,echo=0,link=" + deviceSide)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(driverSide) && Files.exists(deviceSide))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                socat.destroyForcibly();
                throw new IOException("socat did not make the pty pair " + driverSide + " (is socat installed?)");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for socat", e);
            }
        }
    }

    /** Like pulling the USB adapter: socat dies and both paths vanish. */
    public synchronized void unplug() {
        if (socat != null) {
            socat.destroy();
            try {
                if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                    socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        unplug();
    }
}
