package dev.rackd.rig.power;

import dev.rackd.rig.pty.SocatPty;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The device side of one RS-485 line: several simulated meters behind the far end of a socat
 * pseudo-terminal pair, each answering its own address. A pty passes bytes instantly, so answers are
 * held back by the time the request and the answer would take on a real line at {@code baud} (10 bits
 * a character for 8N1) plus the meter's turnaround. Like a real half-duplex slave, a meter is deaf while
 * it works on an answer: whatever arrived meanwhile is dropped. Faults are injected per address;
 * {@link #unplug()} pulls the whole adapter.
 */
final class ModbusSlaveBus implements AutoCloseable {
    private final SocatPty pty;
    private final int baud;
    private final Map<Integer, ModbusSlave> slaves = new ConcurrentHashMap<>();
    private final Map<Integer, SlaveFault> faults = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final Thread thread;
    private volatile Duration turnaround = Duration.ofMillis(5);
    private static final Duration SLOW_EXTRA = Duration.ofMillis(1500);
    private volatile FileInputStream input;
    private volatile boolean unplugged;
    private volatile boolean closed;

    ModbusSlaveBus(SocatPty pty, int baud) {
        this.pty = pty;
        this.baud = baud;
        this.thread = Thread.ofPlatform().daemon().name("sim modbus " + pty.driverSide().getFileName())
                .unstarted(this::run);
    }

    ModbusSlaveBus add(ModbusSlave slave) {
        slaves.put(slave.address(), slave);
        return this;
    }

    ModbusSlaveBus start() {
        thread.start();
        return this;
    }

    String driverPath() {
        return pty.driverSide().toString();
    }

    void fault(int address, SlaveFault fault) {
        faults.put(address, fault);
    }

    /** The meter's own processing time before it starts to answer. */
    void turnaround(Duration d) {
        turnaround = d;
    }

    long requests() {
        return requests.get();
    }

    /** Like pulling the USB adapter: the driver's port path vanishes. */
    void unplug() {
        unplugged = true;
        pty.unplug();
        closeChannel();
    }

    void replug() throws IOException {
        pty.replug();
        unplugged = false;
    }

    private void run() {
        while (!closed) {
            if (unplugged) {
                LockSupport.parkNanos(20_000_000L);
                continue;
            }
            try (FileInputStream in = new FileInputStream(pty.deviceSide().toFile());
                    FileOutputStream out = new FileOutputStream(pty.deviceSide().toFile())) {
                input = in;
                serve(in, out);
            } catch (IOException e) {
                // pty gone (unplugged or closing): wait and open it again
                LockSupport.parkNanos(20_000_000L);
            }
        }
    }

    private void serve(FileInputStream in, FileOutputStream out) throws IOException {
        byte[] buf = new byte[1024];
        int len = 0;
        while (!closed) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                throw new EOFException("pty closed");
            }
            len = consume(buf, len + n, in, out);
        }
    }

    /** Handles every complete request at the front of {@code buf}; returns what is left. */
    private int consume(byte[] buf, int len, FileInputStream in, FileOutputStream out) throws IOException {
        while (len >= 2) {
            int want = ModbusWire.requestLength(buf[1] & 0xFF);
            if (want > 0 && len < want) {
                return len;
            }
            if (want > 0 && ModbusWire.crcOk(buf, 0, want)) {
                byte[] frame = java.util.Arrays.copyOf(buf, want);
                System.arraycopy(buf, want, buf, 0, len - want);
                len -= want;
                if (answer(frame, out)) {
                    in.skipNBytes(in.available()); // arrived while the meter was busy: never heard
                    len = 0;
                }
            } else {
                // Noise or a broken frame: a real slave ignores it; slide one byte to find the next frame.
                System.arraycopy(buf, 1, buf, 0, len - 1);
                len--;
            }
        }
        return len;
    }

    /** @return true when a meter answered (and so was busy for a while) */
    private boolean answer(byte[] request, FileOutputStream out) throws IOException {
        requests.incrementAndGet();
        int address = request[0] & 0xFF;
        ModbusSlave slave = slaves.get(address);
        SlaveFault fault = faults.getOrDefault(address, SlaveFault.NONE);
        if (slave == null || fault == SlaveFault.SILENCE) {
            return false;
        }
        byte[] body = respond(slave, request);
        if (fault == SlaveFault.WRONG_ADDRESS) {
            body[0] = (byte) (address + 1);
        }
        byte[] frame = ModbusWire.seal(body);
        if (fault == SlaveFault.WRONG_CRC) {
            frame[frame.length - 1] ^= 0x5A;
        } else if (fault == SlaveFault.GARBAGE) {
            ThreadLocalRandom.current().nextBytes(frame);
        }
        long wireNanos = (request.length + frame.length) * 10L * 1_000_000_000L / baud;
        long extra = fault == SlaveFault.SLOW ? SLOW_EXTRA.toNanos() : 0;
        LockSupport.parkNanos(wireNanos + turnaround.toNanos() + extra);
        out.write(frame);
        out.flush();
        return true;
    }

    private static byte[] respond(ModbusSlave slave, byte[] req) {
        int address = req[0] & 0xFF;
        int function = req[1] & 0xFF;
        try {
            switch (function) {
                case 0x04 -> {
                    int[] regs = slave.inputRegisters(ModbusWire.u16(req, 2), ModbusWire.u16(req, 4));
                    byte[] b = new byte[3 + 2 * regs.length];
                    b[0] = (byte) address;
                    b[1] = 0x04;
                    b[2] = (byte) (2 * regs.length);
                    for (int i = 0; i < regs.length; i++) {
                        b[3 + 2 * i] = (byte) (regs[i] >> 8);
                        b[4 + 2 * i] = (byte) regs[i];
                    }
                    return b;
                }
                case 0x42 -> {
                    slave.resetEnergy();
                    return new byte[] {(byte) address, 0x42};
                }
                default -> throw new ModbusSlave.Refusal(ModbusSlave.ILLEGAL_FUNCTION);
            }
        } catch (ModbusSlave.Refusal r) {
            return new byte[] {(byte) address, (byte) (function | 0x80), (byte) r.code};
        }
    }

    private void closeChannel() {
        FileInputStream in = input;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing to wake the reader; nothing to do if it was closed already
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closeChannel();
        pty.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
