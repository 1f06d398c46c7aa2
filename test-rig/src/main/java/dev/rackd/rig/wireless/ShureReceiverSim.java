package dev.rackd.rig.wireless;

import dev.rackd.rig.wireless.ShureSimServer.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The device side of a Shure networked receiver (ULX-D, QLX-D, SLX-D or Axient Digital command strings, by
 * {@link ShureDialect}) on 127.0.0.1: answers {@code < GET x PROP >} and {@code < SET x PROP value >} with
 * {@code < REP x PROP value >} (x = 0: every channel), sends its family's {@code SAMPLE} frame at each connection's
 * meter rate, and reports changes to every client. Written from Shure's command strings documents, not from the
 * driver.
 *
 * <p>Faults: {@link #garbage()}, {@link #silence(boolean)}, {@link #dropConnections()}, {@link #refuse(boolean)},
 * battery dying, interference and any channel value.
 */
public final class ShureReceiverSim implements AutoCloseable {
    private final ShureDialect dialect;
    private final ShureSimServer server;
    private final Map<Integer, ShureChannelState> channels = new TreeMap<>();
    private final List<String> commandLog = new CopyOnWriteArrayList<>();
    private final long minKhz;
    private final long maxKhz;
    private volatile boolean silent;
    private volatile boolean garbled;
    private volatile boolean closed;

    public ShureReceiverSim(ShureDialect dialect, Map<Integer, Long> frequencies, long minKhz, long maxKhz)
            throws IOException {
        this.dialect = dialect;
        this.minKhz = minKhz;
        this.maxKhz = maxKhz;
        frequencies.forEach((ch, f) -> channels.put(ch, new ShureChannelState("CH " + ch, f)));
        server = new ShureSimServer(this::frame);
        Thread.ofVirtual().name("shure-sim-meter").start(this::meter);
    }

    public int port() {
        return server.port();
    }

    /** Every frame a client sent, in order (for asserting what the driver did). */
    public List<String> commands() {
        return List.copyOf(commandLog);
    }

    public synchronized long frequency(int channel) {
        return channels.get(channel).frequencyKhz;
    }

    public void batteryBars(int channel, int bars) {
        synchronized (this) {
            channel(channel).batteryBars = bars;
        }
        broadcast(report(channel, dialect.batteryBars));
    }

    public void batteryMinutes(int channel, int minutes) {
        synchronized (this) {
            channel(channel).batteryMinutes = minutes;
        }
        broadcast(report(channel, dialect.batteryMinutes));
    }

    /** The RF level the next SAMPLE frames carry. */
    public synchronized void rf(int channel, double dbm) {
        channel(channel).rfDbm = dbm;
    }

    /** The audio level the next SAMPLE frames carry. */
    public synchronized void audio(int channel, double dbfs) {
        channel(channel).audioDbfs = dbfs;
    }

    public void mute(int channel, boolean on) {
        if (!dialect.hasMute) {
            throw new IllegalArgumentException("an " + dialect + " receiver reports no mute");
        }
        synchronized (this) {
            channel(channel).mute = on;
        }
        broadcast(report(channel, "AUDIO_MUTE"));
    }

    public void interference(int channel, boolean on) {
        if (dialect.interference == null) {
            throw new IllegalArgumentException("an " + dialect + " receiver reports no interference");
        }
        synchronized (this) {
            channel(channel).interference = on;
        }
        broadcast(report(channel, dialect.interference));
    }

    /** The transmitter's battery runs down: a bar and 30 minutes less every tick of the meter thread's second. */
    public synchronized void drainBattery(int channel) {
        channel(channel).draining = true;
    }

    /**
     * An injected metric back to its simulated normal, reported to the clients like any change.
     *
     * @param metric as in {@code ch<N>_<metric>}: {@code battery}, {@code battery_bars}, {@code battery_minutes},
     *               {@code rf}, {@code audio}, {@code interference} or {@code mute}
     */
    public void release(int channel, String metric) {
        synchronized (this) {
            if (!channel(channel).release(metric)) {
                throw new IllegalArgumentException("the Shure simulator cannot release '" + metric + "'");
            }
        }
        for (String p : dialect.allProperties()) {
            if (!p.equals("METER_RATE") && !p.equals("CHAN_NAME")) {
                broadcast(report(channel, p));
            }
        }
    }

    /**
     * From now on (until called with false) every frame the receiver sends is well delimited nonsense: metering
     * frames for the right channels with unreadable values, reports without a property.
     */
    public void garbled(boolean on) {
        garbled = on;
    }

    /** Sends bytes that are no frame at all, and a broken one. */
    public void garbage() {
        server.clients().forEach(c -> server.write(c,
                "\u0000\u00ff<<< nonsense\r\n< REP 1 FREQUENCY >\r\n< SAMPLE 9 ALL QQ 999 >\r\n"));
    }

    /** Stops answering and metering (the receiver hangs), or resumes. */
    public void silence(boolean on) {
        silent = on;
    }

    /** Refuses new connections (the receiver is unplugged) until called with false. */
    public void refuse(boolean on) {
        server.refuse(on);
    }

    public void dropConnections() {
        server.dropConnections();
    }

    public int clientCount() {
        return server.clients().size();
    }

    @Override
    public void close() {
        closed = true;
        server.close();
    }

    private void frame(Client c, String f) {
        commandLog.add(f);
        if (!silent) {
            answer(c, f);
        }
    }

    private void answer(Client c, String f) {
        String[] t = f.split("\\s+");
        if (t.length >= 3 && t[0].equals("GET")) {
            int ch = parseChannel(t[1]);
            List<Integer> which = ch == 0 ? new ArrayList<>(channelsSnapshot()) : List.of(ch);
            String prop = t[2];
            if (ch < 0 || (ch > 0 && !hasChannel(ch))) {
                send(c, "< REP ERR >");
                return;
            }
            for (int x : which) {
                if (prop.equals("ALL")) {
                    for (String p : dialect.allProperties()) {
                        send(c, p.equals("METER_RATE")
                                ? "< REP " + x + " METER_RATE " + String.format("%05d", c.meterMs) + " >"
                                : report(x, p));
                    }
                } else {
                    send(c, report(x, prop));
                }
            }
        } else if (t.length >= 4 && t[0].equals("SET")) {
            handleSet(c, parseChannel(t[1]), t[2], t[3]);
        } else {
            send(c, "< REP ERR >");
        }
    }

    private void handleSet(Client c, int ch, String prop, String value) {
        if (prop.equals("METER_RATE") && value.matches("\\d{5}")) {
            c.meterMs = Integer.parseInt(value);
            send(c, "< REP " + ch + " METER_RATE " + value + " >");
            return;
        }
        if (ch < 1 || !hasChannel(ch)) {
            send(c, "< REP ERR >");
            return;
        }
        if (prop.equals("FREQUENCY") && value.matches("\\d{6,7}")) {
            long khz = Long.parseLong(value);
            if (khz < minKhz || khz > maxKhz || khz % 25 != 0) {
                send(c, "< REP ERR >");
                return;
            }
            synchronized (this) {
                channel(ch).frequencyKhz = khz;
            }
            broadcast(report(ch, "FREQUENCY"));
        } else if (prop.equals("AUDIO_MUTE") && dialect.hasMute && (value.equals("ON") || value.equals("OFF"))) {
            mute(ch, value.equals("ON"));
        } else {
            send(c, "< REP ERR >");
        }
    }

    private synchronized String report(int ch, String prop) {
        String v = dialect.value(channel(ch), prop);
        return v == null ? "< REP ERR >" : "< REP " + ch + " " + prop + " " + v + " >";
    }

    /** Sends SAMPLE frames at each client's rate; runs the battery drain once a second. */
    private void meter() {
        long tick = 0;
        while (!closed) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            tick += 50;
            if (tick % 1000 == 0) {
                drainTick();
            }
            for (Client c : server.clients()) {
                if (!silent && c.meterMs > 0 && tick % Math.max(50, c.meterMs / 50 * 50) == 0) {
                    for (int ch : channelsSnapshot()) {
                        send(c, sample(ch));
                    }
                }
            }
        }
    }

    private void drainTick() {
        List<Integer> drained = new ArrayList<>();
        synchronized (this) {
            channels.forEach((ch, s) -> {
                if (s.drainOnce()) {
                    drained.add(ch);
                }
            });
        }
        for (int ch : drained) {
            broadcast(report(ch, dialect.batteryBars));
            broadcast(report(ch, dialect.batteryMinutes));
        }
    }

    private synchronized String sample(int ch) {
        ShureChannelState s = channels.get(ch);
        return dialect.sample(ch, s.rfDbm, s.audioDbfs);
    }

    private synchronized List<Integer> channelsSnapshot() {
        return List.copyOf(channels.keySet());
    }

    private synchronized boolean hasChannel(int ch) {
        return channels.containsKey(ch);
    }

    private ShureChannelState channel(int ch) {
        ShureChannelState c = channels.get(ch);
        if (c == null) {
            throw new IllegalArgumentException("the Shure simulator has no channel " + ch);
        }
        return c;
    }

    private void broadcast(String frame) {
        if (!silent) {
            server.clients().forEach(c -> send(c, frame));
        }
    }

    private void send(Client c, String frame) {
        server.send(c, garbled ? ShureChannelState.nonsenseFor(frame) : frame);
    }

    private static int parseChannel(String s) {
        return s.matches("\\d") ? Integer.parseInt(s) : -1;
    }
}
