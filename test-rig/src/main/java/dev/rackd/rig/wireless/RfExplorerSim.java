package dev.rackd.rig.wireless;

import dev.rackd.rig.pty.SocatPty;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The device side of an RF Explorer on a socat pseudo-terminal, from the RF Explorer's serial protocol description:
 * commands {@code #<length><body>}; {@code C0} is answered with the model {@code #C2-M:} and the configuration
 * {@code #C2-F:}; {@code C2-F:start,end,top,bottom} changes the span and is answered with the new configuration;
 * sweeps {@code $S<count><bytes>} (dBm = -byte/2) follow continuously over the current span of a
 * {@link SyntheticSpectrum}.
 *
 * <p>Faults: {@link #garbage()}, {@link #silence(boolean)}, {@link #unplug()} and {@link #replug()}.
 */
public final class RfExplorerSim implements AutoCloseable {
    public static final int POINTS = 112;
    private static final long MIN_KHZ = 15_000;
    private static final long MAX_KHZ = 2_700_000;
    private static final long MAX_SPAN_KHZ = 600_000;
    private static final int SWEEP_MS = 30;

    private final SocatPty pty;
    private final SyntheticSpectrum spectrum;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile RandomAccessFile port;
    private volatile long startKhz = 470_000;
    private volatile long endKhz = 700_000;
    private static final byte[] NONSENSE =
            "\u0000\u00ffjunk#C2-F:abc\r\n$S\u0003\u0001".getBytes(StandardCharsets.ISO_8859_1);
    private volatile boolean silent;
    private volatile boolean garbled;
    private volatile boolean closed;

    public RfExplorerSim(SocatPty pty, SyntheticSpectrum spectrum) throws IOException {
        this.pty = pty;
        this.spectrum = spectrum;
        attach();
    }

    /** The path the driver opens. */
    public String driverPort() {
        return pty.driverSide().toString();
    }

    /** Command bodies received, e.g. {@code C0}, {@code C2-F:0470000,0480000,-010,-120}. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    public void silence(boolean on) {
        silent = on;
    }

    /** Writes bytes that are no message, and a sweep whose count lies. */
    public void garbage() {
        write(NONSENSE);
    }

    /** From now on (until called with false) everything it would write goes out as {@link #garbage()}. */
    public void garbled(boolean on) {
        garbled = on;
    }

    /** Like pulling the USB cable: the driver's port path vanishes. */
    public void unplug() {
        pty.unplug();
        closePort();
    }

    public void replug() throws IOException {
        pty.replug();
        attach();
    }

    @Override
    public void close() {
        closed = true;
        closePort();
        pty.close();
    }

    /** Platform threads: blocking tty reads pin a virtual thread's carrier and can starve the driver under test. */
    private void attach() throws IOException {
        RandomAccessFile p = new RandomAccessFile(pty.deviceSide().toFile(), "rw");
        port = p;
        Thread.ofPlatform().daemon().name("rfexplorer-sim-read").start(() -> read(p));
        Thread.ofPlatform().daemon().name("rfexplorer-sim-sweep").start(() -> sweep(p));
    }

    private void read(RandomAccessFile p) {
        try {
            while (!closed && port == p) {
                int b = p.read();
                if (b < 0) {
                    return;
                }
                if (b != '#') {
                    continue;
                }
                int len = p.read();
                if (len < 3 || len > 64) {
                    continue;
                }
                byte[] body = new byte[len - 2];
                p.readFully(body);
                String cmd = new String(body, StandardCharsets.US_ASCII);
                commands.add(cmd);
                if (!silent) {
                    command(cmd);
                }
            }
        } catch (IOException e) {
            // unplugged
        }
    }

    private void command(String cmd) {
        if (cmd.equals("C0")) {
            write("#C2-M:005,255,01.12B26\r\n".getBytes(StandardCharsets.US_ASCII));
            write(config());
        } else if (cmd.startsWith("C2-F:")) {
            String[] f = cmd.substring(5).split(",");
            if (f.length == 4 && f[0].matches("\\d{7}") && f[1].matches("\\d{7}")) {
                long s = Long.parseLong(f[0]);
                long e = Long.parseLong(f[1]);
                if (s >= MIN_KHZ && e <= MAX_KHZ && e > s && e - s <= MAX_SPAN_KHZ) {
                    startKhz = s;
                    endKhz = e;
                }
            }
            write(config());
        }
    }

    private byte[] config() {
        long stepHz = (endKhz - startKhz) * 1000 / (POINTS - 1);
        return String.format("#C2-F:%07d,%07d,-010,-120,%04d,0,000,%07d,%07d,%07d,%05d\r\n", startKhz, stepHz, POINTS,
                MIN_KHZ, MAX_KHZ, MAX_SPAN_KHZ, 110).getBytes(StandardCharsets.US_ASCII);
    }

    private void sweep(RandomAccessFile p) {
        while (!closed && port == p) {
            try {
                Thread.sleep(SWEEP_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (silent) {
                continue;
            }
            long s = startKhz;
            long stepHz = (endKhz - s) * 1000 / (POINTS - 1);
            byte[] out = new byte[POINTS + 5];
            out[0] = '$';
            out[1] = 'S';
            out[2] = (byte) POINTS;
            for (int i = 0; i < POINTS; i++) {
                double dbm = spectrum.levelDbm(s + Math.round(i * stepHz / 1000.0));
                out[3 + i] = (byte) Math.max(0, Math.min(255, Math.round(-2 * dbm)));
            }
            out[POINTS + 3] = '\r';
            out[POINTS + 4] = '\n';
            write(out);
        }
    }

    private synchronized void write(byte[] b) {
        RandomAccessFile p = port;
        if (p == null) {
            return;
        }
        try {
            p.write(garbled ? NONSENSE : b);
        } catch (IOException e) {
            // unplugged
        }
    }

    private void closePort() {
        RandomAccessFile p = port;
        port = null;
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }
}
