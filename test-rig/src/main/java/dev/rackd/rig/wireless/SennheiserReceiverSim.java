package dev.rackd.rig.wireless;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The device side of a Sennheiser ew G3/G4 receiver (EM) on 127.0.0.1 UDP, from Sennheiser's media control protocol
 * description: lines ending CR; {@code Push timeout cyclic mode} subscribes the sender (answered with the same line)
 * and the cyclic attributes (RF1, RF2, States, RF, AF, Bat, Msg, Config) then go to it every {@code cyclic} ms
 * until the timeout runs out; {@code Frequency}, {@code Name}, {@code Mute} get and set; out-of-range values get
 * {@code 1020: Value out of range [ ... ]}.
 *
 * <p>Faults: garbage, silence, {@link #unplug()} (the port closes), battery dying, interference (low RF, no pilot).
 */
public final class SennheiserReceiverSim implements AutoCloseable {
    private final DatagramSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final long minKhz;
    private final long maxKhz;
    private volatile long frequencyKhz;
    private volatile String name = "EM G4";
    /** A transmitter near the stage, on a full battery: what a released injection goes back to. */
    static final int GOOD_RF_PERCENT = 80;
    static final int FULL_BATTERY_PERCENT = 100;

    private volatile int rfPercent = GOOD_RF_PERCENT;
    private volatile int afPercent = 40;
    private volatile int muteBits;
    private volatile int batteryPercent = FULL_BATTERY_PERCENT;
    private volatile boolean batteryKnown = true;
    private volatile boolean pilot = true;
    private volatile boolean draining;
    private static final String NONSENSE = "\u0000\u00ffRF x y z\rAF\rBat 250\r" + "#".repeat(100) + "\r";
    private volatile boolean silent;
    private volatile boolean garbled;
    private volatile boolean closed;
    private volatile SocketAddress subscriber;
    private volatile long subscribedUntil;
    private volatile int cyclicMs;
    private int configIndex;

    public SennheiserReceiverSim(long frequencyKhz, long minKhz, long maxKhz) throws IOException {
        this.frequencyKhz = frequencyKhz;
        this.minKhz = minKhz;
        this.maxKhz = maxKhz;
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(50);
        Thread.ofVirtual().name("sennheiser-sim").start(this::serve);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public long frequency() {
        return frequencyKhz;
    }

    /** Every line received, in order. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** A battery level (-1 unknown); an explicit level ends a drain. */
    public void battery(int percent) {
        draining = false;
        batteryKnown = percent >= 0;
        batteryPercent = Math.max(0, percent);
    }

    public void drainBattery() {
        draining = true;
    }

    public void stopDraining() {
        draining = false;
    }

    public void rf(int percent) {
        rfPercent = percent;
    }

    /** Interference: the RF level collapses and the pilot tone is lost, or everything is back. */
    public void interference(boolean on) {
        rfPercent = on ? 8 : GOOD_RF_PERCENT;
        pilot = !on;
    }

    public void mute(int bits) {
        muteBits = bits;
    }

    public void silence(boolean on) {
        silent = on;
    }

    public void garbage() {
        SocketAddress to = subscriber;
        if (to != null) {
            send(NONSENSE, to);
        }
    }

    /** Closes the port: datagrams to it now bounce (ICMP port unreachable). */
    public void unplug() {
        close();
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
    }

    private void serve() {
        byte[] buf = new byte[1600];
        long nextCycle = 0;
        long nextDrain = System.currentTimeMillis() + 1000;
        while (!closed) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                String text = new String(buf, 0, p.getLength(), StandardCharsets.ISO_8859_1);
                for (String line : text.split("\r")) {
                    if (!line.isBlank()) {
                        received.add(line.strip());
                        if (!silent) {
                            answer(line.strip(), p.getSocketAddress());
                        }
                    }
                }
            } catch (SocketTimeoutException quiet) {
                // time for cyclic attributes
            } catch (IOException e) {
                return;
            }
            long now = System.currentTimeMillis();
            if (draining && now >= nextDrain) {
                batteryPercent = batteryPercent > 70 ? 70 : batteryPercent > 30 ? 30 : 0;
                nextDrain = now + 1000;
            }
            SocketAddress to = subscriber;
            if (to != null && !silent && cyclicMs > 0 && now < subscribedUntil && now >= nextCycle) {
                send(cyclic(), to);
                nextCycle = now + cyclicMs;
            }
        }
    }

    private void answer(String line, SocketAddress from) {
        String[] t = line.split(" +");
        switch (t[0]) {
            case "Push" -> {
                if (t.length == 4 && t[1].matches("\\d+") && t[2].matches("\\d+") && t[3].matches("\\d")) {
                    int timeout = Integer.parseInt(t[1]);
                    subscriber = from;
                    cyclicMs = Integer.parseInt(t[2]);
                    subscribedUntil = System.currentTimeMillis() + timeout * 1000L;
                    send(line + "\r", from);
                } else {
                    send("1040: Invalid numbers of parameter [ " + line + " ]\r", from);
                }
            }
            case "Frequency" -> frequency(t, line, from);
            case "Name" -> send("Name " + name + "\r", from);
            case "Mute" -> send("Mute " + ((muteBits & 8) != 0 ? 1 : 0) + "\r", from);
            default -> send("1000: Unknown command [ " + line + " ]\r", from);
        }
    }

    private void frequency(String[] t, String line, SocketAddress from) {
        if (t.length >= 2) {
            long khz = t[1].matches("\\d{1,7}") ? Long.parseLong(t[1]) : -1;
            if (khz < minKhz || khz > maxKhz || khz % 25 != 0) {
                send("1020: Value out of range [ " + line + " ]\r", from);
                return;
            }
            frequencyKhz = khz;
            configIndex = (configIndex + 1) % 1000;
        }
        send("Frequency " + frequencyKhz + " 0 0\r", from);
    }

    private String cyclic() {
        int rf = rfPercent;
        String warnings = (rf < 20 ? "Low_RF_Signal " : "") + (batteryKnown && batteryPercent == 0 ? "Low_Battery" : "");
        return "RF1 " + Math.max(0, rf - 5) + " " + (rf + 5) + " 1\r"
                + "RF2 " + Math.max(0, rf - 8) + " " + (rf + 2) + " 0\r"
                + "States 0 0\r"
                + "RF " + rf + " 1 " + (pilot ? 1 : 0) + "\r"
                + "AF " + afPercent + " " + Math.min(100, afPercent + 10) + " " + (muteBits == 0 ? 0 : muteBits | 1)
                + "\r"
                + "Bat " + (batteryKnown ? Integer.toString(batteryPercent) : "?") + "\r"
                + "Msg " + (warnings.isBlank() ? "OK" : warnings.strip()) + "\r"
                + "Config " + configIndex + "\r";
    }

    /** From now on (until called with false) every datagram it would send carries {@link #garbage()} instead. */
    public void garbled(boolean on) {
        garbled = on;
    }

    private void send(String text, SocketAddress to) {
        byte[] b = (garbled ? NONSENSE : text).getBytes(StandardCharsets.ISO_8859_1);
        try {
            socket.send(new DatagramPacket(b, b.length, to));
        } catch (IOException ignored) {
            // the client is gone; UDP does not care
        }
    }
}
