package dev.rackd.hal.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link SerialLink} over jSerialComm. Opens by path, so it works on USB adapters and on pseudo-terminals
 * alike ({@code getCommPorts()} does not list ptys, {@code getCommPort(path)} opens them).
 */
public final class JSerialCommLink implements SerialLink {
    private final SerialSettings settings;
    private SerialPort port;

    public JSerialCommLink(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open() throws IOException {
        close();
        if (!Files.exists(Path.of(settings.path()))) {
            throw new IOException(settings.path() + " is not there (adapter unplugged?)");
        }
        SerialPort p = SerialPort.getCommPort(settings.path());
        p.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(), parity());
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) settings.readTimeout().toMillis(), 0);
        if (!p.openPort()) {
            throw new IOException("cannot open " + settings.path() + " (error " + p.getLastErrorCode()
                    + "; is the user in group dialout?)");
        }
        port = p;
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = requireOpen();
        int n = p.writeBytes(data, data.length);
        if (n != data.length) {
            throw new IOException("wrote " + n + " of " + data.length + " bytes to " + settings.path());
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        SerialPort p = requireOpen();
        int n = p.readBytes(buf, len, off);
        if (n < 0) {
            throw new IOException("read from " + settings.path() + " failed (error " + p.getLastErrorCode() + ")");
        }
        if (n == 0 && !Files.exists(Path.of(settings.path()))) {
            throw new IOException(settings.path() + " vanished");
        }
        return n;
    }

    @Override
    public void drain() throws IOException {
        SerialPort p = requireOpen();
        byte[] junk = new byte[256];
        while (p.bytesAvailable() > 0) {
            if (p.readBytes(junk, Math.min(junk.length, p.bytesAvailable())) < 0) {
                throw new IOException("drain of " + settings.path() + " failed");
            }
        }
    }

    @Override
    public String path() {
        return settings.path();
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private SerialPort requireOpen() throws IOException {
        if (port == null || !port.isOpen()) {
            throw new IOException(settings.path() + " is not open");
        }
        return port;
    }

    private int stopBits() {
        return settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private int parity() {
        return switch (settings.parity()) {
            case 'E' -> SerialPort.EVEN_PARITY;
            case 'O' -> SerialPort.ODD_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }
}
