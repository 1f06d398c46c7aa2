package dev.rackd.hal.modbus;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.modbus.ModbusException.Kind;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.serial.JSerialCommLink;
import dev.rackd.hal.serial.SerialLink;
import dev.rackd.hal.serial.SerialSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One RS-485 line with its meters, owned by one virtual thread. Meters attach as {@link Member}s and
 * are polled on their own cadence; each exchange waits the 3.5-character silence, sends, reads the
 * answer by its expected length until the response timeout, checks CRC and address, and retries.
 * When the port fails (adapter yanked) every member hears {@link Member#busDown} at once, and the port
 * is reopened with backoff on later polls: nothing has to restart.
 */
public final class ModbusBus implements ModbusMaster, AutoCloseable {
    /** A device on the bus. Both methods run on the bus thread and must not throw. */
    public interface Member {
        Duration period();

        /** One poll through the master; an {@link IOException} means the port failed. */
        void poll(ModbusMaster master) throws IOException;

        /** The port is not usable; {@code reason} in the crew's words. */
        void busDown(String reason);
    }

    private final SerialSettings settings;
    private final SerialLink link;
    private final ModbusTiming timing;
    private final Backoff backoff;
    private final BusLoop loop;
    private final long silenceNanos;
    private final long nanosPerByte;
    private final Map<Member, BusLoop.Job> jobs = new ConcurrentHashMap<>();
    private final byte[] buf = new byte[RtuCodec.MAX_FRAME];
    private final BusStats stats = new BusStats();
    private long lastActivityNanos;
    private long nextOpenNanos;
    private String downReason;

    public ModbusBus(SerialSettings settings, SerialLink link, ModbusTiming timing, Backoff backoff) {
        this.settings = settings;
        this.link = link;
        this.timing = timing;
        this.backoff = backoff;
        this.loop = new BusLoop("modbus " + settings.path());
        int bitsPerChar = 1 + settings.dataBits() + (settings.parity() == 'N' ? 0 : 1) + settings.stopBits();
        this.nanosPerByte = bitsPerChar * 1_000_000_000L / settings.baud();
        // Modbus over serial line: 3.5 character times between frames, fixed 1.75 ms above 19200 baud.
        this.silenceNanos = settings.baud() > 19_200 ? 1_750_000L : nanosPerByte * 7 / 2;
    }

    /** A bus on a real serial port (USB adapter or pseudo-terminal), reopened after 1 s .. 30 s. */
    public static ModbusBus open(SerialSettings settings, ModbusTiming timing) {
        return new ModbusBus(settings, new JSerialCommLink(settings), timing,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    public String path() {
        return settings.path();
    }

    public int baud() {
        return settings.baud();
    }

    public BusStats stats() {
        return stats;
    }

    /** Starts polling {@code member}; the bus thread starts with the first member. */
    public synchronized void attach(Member member) {
        BusLoop.Job job = new BusLoop.Job() {
            @Override
            public Duration period() {
                return member.period();
            }

            @Override
            public void run() {
                pollOnce(member);
            }
        };
        jobs.put(member, job);
        loop.add(job);
    }

    /** Stops polling {@code member}; the last one out closes the port and the thread. */
    public synchronized void detach(Member member) {
        BusLoop.Job job = jobs.remove(member);
        if (job != null && loop.remove(job) && jobs.isEmpty()) {
            close();
        }
    }

    /** Runs {@code task} on the bus thread between polls (e.g. an energy reset). */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        return loop.submit(task);
    }

    private void pollOnce(Member member) {
        if (!ensureOpen()) {
            member.busDown(downReason);
            return;
        }
        try {
            member.poll(this);
        } catch (IOException e) {
            portFailed(e);
            member.busDown(downReason);
            jobs.keySet().forEach(m -> {
                if (m != member) {
                    m.busDown(downReason);
                }
            });
        }
    }

    private boolean ensureOpen() {
        if (link.isOpen()) {
            return true;
        }
        if (System.nanoTime() - nextOpenNanos < 0) {
            return false;
        }
        try {
            link.open();
            backoff.reset();
            downReason = null;
            stats.reopened();
            return true;
        } catch (IOException e) {
            portFailed(e);
            return false;
        }
    }

    private void portFailed(IOException e) {
        link.close();
        downReason = "serial port " + settings.path() + " failed: " + e.getMessage();
        nextOpenNanos = System.nanoTime() + backoff.next().toNanos();
    }

    @Override
    public byte[] exchange(int address, int function, byte[] data, ResponseShape shape)
            throws ModbusException, IOException {
        if (!loop.isBusThread()) {
            throw new IllegalStateException("Modbus exchanges belong to the bus thread of " + settings.path());
        }
        byte[] request = RtuCodec.request(address, function, data);
        ModbusException last = null;
        for (int attempt = 0; attempt <= timing.retries(); attempt++) {
            if (attempt > 0) {
                stats.retried();
            }
            keepSilence();
            link.drain();
            link.write(request);
            long sentAt = System.nanoTime();
            long deadline = sentAt + nanosPerByte * request.length + timing.responseTimeout().toNanos();
            int len = readAnswer(function, shape, deadline);
            lastActivityNanos = System.nanoTime();
            try {
                if (len == 0 || RtuCodec.expectedLength(buf, len, function, shape) != len) {
                    throw new ModbusException(Kind.TIMEOUT, len == 0
                            ? "no answer from Modbus address " + address + " on " + settings.path()
                            : "incomplete answer (" + len + " bytes) from Modbus address " + address);
                }
                byte[] answer = RtuCodec.answer(buf, len, address, function, shape);
                stats.answered(System.nanoTime() - sentAt);
                return answer;
            } catch (ModbusException e) {
                stats.failed(e.kind());
                if (!e.retryable()) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private int readAnswer(int function, ResponseShape shape, long deadline) throws IOException {
        int len = 0;
        int want = -1;
        while (true) {
            int need = want < 0 ? 3 - len : want - len;
            if (need <= 0 || System.nanoTime() - deadline > 0) {
                return len;
            }
            len += link.read(buf, len, Math.min(need, buf.length - len));
            want = RtuCodec.expectedLength(buf, len, function, shape);
        }
    }

    private void keepSilence() {
        long wait = lastActivityNanos + silenceNanos - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void close() {
        loop.close();
        link.close();
    }
}
