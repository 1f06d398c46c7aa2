package dev.rackd.rig.wireless;

import dev.rackd.rig.wireless.ShureSimServer.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The device side of a Shure networked receiver (ULX-D / QLX-D command strings) on 127.0.0.1: answers
 * {@code < GET x PROP >} and {@code < SET x PROP value >} with {@code < REP x PROP value >} (x = 0: every channel),
 * sends {@code < SAMPLE x ALL AX rrr aaa >} at each connection's meter rate, and reports changes to every client.
 * Written from Shure's command strings document, not from the driver.
 *
 * <p>Faults: {@link #garbage()}, {@link #silence(boolean)}, {@link #dropConnections()}, {@link #refuse(boolean)},
 * battery dying, interference and any channel value.
 */
public final class ShureReceiverSim implements AutoCloseable {
    private final ShureSimServer server;
    private final Map<Integer, ShureChannelState> channels = new TreeMap<>();
    private final List<String> commandLog = new CopyOnWriteArrayList<>();
    private final long minKhz;
    private final long maxKhz;
    private static final String NONSENSE =
            "\u0000\u00ff<<< nonsense\r\n< REP 1 FREQUENCY >\r\n< SAMPLE 9 ALL QQ 999 >\r\n";
    /** Line noise without a single frame in it: what a receiver with a broken network stack might send. */
    private static final String LINE_NOISE = "\u0000\u00ff\u0013 ?? \u00a7\u00a7 ??\r\n";
    private volatile boolean silent;
    private volatile boolean garbled;
    private volatile boolean closed;

    public ShureReceiverSim(Map<Integer, Long> frequencies, long minKhz, long maxKhz) throws IOException {
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

    /** Sets a channel value by its Shure property name and raw value, and reports it to the clients. */
    public void set(int channel, String property, String raw) {
        synchronized (this) {
            ShureChannelState c = channel(channel);
            switch (property) {
                case "TX_BATT_BARS" -> c.batteryBars = Integer.parseInt(raw);
                case "TX_BATT_MINS" -> c.batteryMinutes = Integer.parseInt(raw);
                case "RF_LEVEL" -> c.rfLevel = Integer.parseInt(raw);
                case "AUDIO_LEVEL" -> c.audioLevel = Integer.parseInt(raw);
                case "AUDIO_MUTE" -> c.mute = raw.equals("ON");
                case "RF_INT_DET" -> c.interference = !raw.equals("NONE");
                case "FREQUENCY" -> c.frequencyKhz = Long.parseLong(raw);
                default -> throw new IllegalArgumentException("the Shure simulator has no property " + property);
            }
        }
        broadcast(report(channel, property));
    }

    /** The transmitter's battery runs down: a bar and 30 minutes less every tick of the meter thread's second. */
    public synchronized void drainBattery(int channel) {
        channel(channel).draining = true;
    }

    /** The battery stops running down (a fresh pack, or the injection released). */
    public synchronized void stopDraining(int channel) {
        channel(channel).draining = false;
    }

    public void interference(int channel, boolean on) {
        set(channel, "RF_INT_DET", on ? "CRITICAL" : "NONE");
    }

    /** Sends bytes that are no frame at all, and a broken one. */
    public void garbage() {
        broadcastRaw(NONSENSE);
    }

    /** From now on (until called with false) every frame it would send goes out as line noise, no frame at all. */
    public void garbled(boolean on) {
        garbled = on;
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
                    for (String p : List.of("CHAN_NAME", "FREQUENCY", "AUDIO_GAIN", "AUDIO_MUTE", "RF_INT_DET",
                            "TX_BATT_BARS", "TX_BATT_MINS", "METER_RATE")) {
                        send(c, p.equals("METER_RATE") ? "< REP " + x + " METER_RATE " + fiveDigits(c.meterMs) + " >"
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
            set(ch, "FREQUENCY", value);
        } else if (prop.equals("AUDIO_MUTE") && (value.equals("ON") || value.equals("OFF"))) {
            set(ch, "AUDIO_MUTE", value);
        } else {
            send(c, "< REP ERR >");
        }
    }

    private synchronized String report(int ch, String prop) {
        ShureChannelState s = channel(ch);
        String v = switch (prop) {
            case "CHAN_NAME" -> "{" + String.format("%-8s", s.name) + "}";
            case "FREQUENCY" -> String.format("%06d", s.frequencyKhz);
            case "AUDIO_GAIN" -> String.format("%03d", s.gain);
            case "AUDIO_MUTE" -> s.mute ? "ON" : "OFF";
            case "RF_INT_DET" -> s.interference ? "CRITICAL" : "NONE";
            case "TX_BATT_BARS" -> String.format("%03d", s.batteryBars);
            case "TX_BATT_MINS" -> String.format("%05d", s.batteryMinutes);
            default -> null;
        };
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
                if (s.draining && s.batteryBars > 0 && s.batteryBars <= 5) {
                    s.batteryBars--;
                    s.batteryMinutes = Math.max(0, s.batteryMinutes - 30 * (s.batteryMinutes > 120 ? 4 : 1));
                    drained.add(ch);
                }
            });
        }
        for (int ch : drained) {
            broadcast(report(ch, "TX_BATT_BARS"));
            broadcast(report(ch, "TX_BATT_MINS"));
        }
    }

    private synchronized String sample(int ch) {
        ShureChannelState s = channels.get(ch);
        return String.format("< SAMPLE %d ALL AX %03d %03d >", ch, s.rfLevel, s.audioLevel);
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

    private void broadcastRaw(String raw) {
        server.clients().forEach(c -> server.write(c, raw));
    }

    private void send(Client c, String frame) {
        if (garbled) {
            server.write(c, LINE_NOISE);
        } else {
            server.send(c, frame);
        }
    }

    private static int parseChannel(String s) {
        return s.matches("\\d") ? Integer.parseInt(s) : -1;
    }

    private static String fiveDigits(int v) {
        return String.format("%05d", v);
    }
}
