package dev.rackd.app.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * A separate JVM that uses the store the way rackd does, for tests that kill it or lock its file system
 * down. Modes: {@code torture DIR} writes numbered values forever; {@code roundtrip DIR} writes, reads and
 * prints "ok".
 */
public final class StateStoreChild {
    static final String NAME = "torture";
    static final int MAX_BYTES = 128 * 1024;

    private StateStoreChild() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        StateStore store;
        try {
            store = new StateStore(dir, MAX_BYTES, Clock.systemUTC(), p -> say("problem " + p));
        } catch (IOException e) {
            say("error: " + e.getMessage());
            return;
        }
        if (args[0].equals("torture")) {
            torture(store);
        } else {
            roundTrip(store);
        }
    }

    private static void torture(StateStore store) throws IOException {
        long seq = store.read(NAME).map(StateStoreChild::seqOf).orElse(0L);
        say("start " + seq);
        while (true) {
            seq++;
            store.write(NAME, value(seq));
            say("ok " + seq);
        }
    }

    private static void roundTrip(StateStore store) throws IOException {
        for (int i = 1; i <= 5; i++) {
            store.write("energy-l" + (i % 3 + 1), value(i));
        }
        Optional<byte[]> back = store.read("energy-l2");
        say(back.isPresent() && Arrays.equals(back.get(), value(4)) ? "ok" : "wrong value");
    }

    /** A value whose length and every byte follow from its number, so any tear or mix-up shows. */
    static byte[] value(long seq) {
        int len = 8 + (int) (seq * 7919 % 65536);
        ByteBuffer b = ByteBuffer.allocate(len).putLong(seq);
        for (int i = 8; i < len; i++) {
            b.put((byte) (seq * 31 + i));
        }
        return b.array();
    }

    /** The number of a value that is exactly {@link #value}; -1 for anything else. */
    static long seqOf(byte[] payload) {
        if (payload.length < 8) {
            return -1;
        }
        long seq = ByteBuffer.wrap(payload).getLong();
        return seq > 0 && Arrays.equals(payload, value(seq)) ? seq : -1;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
