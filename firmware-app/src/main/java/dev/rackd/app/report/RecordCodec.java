package dev.rackd.app.report;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * The bytes of a history record: {@code type u8, length u32, payload, crc32c u32} (CRC over type, length
 * and payload; big-endian). A torn or damaged record fails its check and ends the reading of its segment:
 * after a power cut the last record may be half written, and nothing after a bad one can be trusted.
 */
final class RecordCodec {
    static final int MAX_PAYLOAD = 1 << 20;
    static final int OVERHEAD = 9;
    private static final byte META = 1;
    private static final byte SERIES = 2;
    private static final byte SAMPLES = 3;
    private static final byte EVENT = 4;

    private RecordCodec() {}

    static byte[] encode(HistoryRecord r) {
        ByteBuffer p = ByteBuffer.allocate(payloadSize(r));
        byte type = switch (r) {
            case HistoryRecord.Meta m -> {
                p.putLong(m.time().toEpochMilli());
                putString(p, m.json());
                yield META;
            }
            case HistoryRecord.Series s -> {
                p.putShort((short) s.id());
                putString(p, s.key());
                putString(p, s.unit());
                yield SERIES;
            }
            case HistoryRecord.Samples s -> {
                p.putLong(s.time().toEpochMilli());
                p.putShort((short) s.ids().length);
                for (int i = 0; i < s.ids().length; i++) {
                    p.putShort((short) s.ids()[i]).putFloat(s.values()[i]);
                }
                yield SAMPLES;
            }
            case HistoryRecord.Event e -> {
                p.putLong(e.time().toEpochMilli());
                putString(p, e.kind());
                putString(p, e.json());
                yield EVENT;
            }
        };
        int len = p.position();
        if (len > MAX_PAYLOAD) {
            throw new IllegalArgumentException("record of " + len + " bytes; the limit is " + MAX_PAYLOAD);
        }
        ByteBuffer out = ByteBuffer.allocate(OVERHEAD + len);
        out.put(type).putInt(len).put(p.array(), 0, len);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, 5 + len);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /**
     * The next record at {@code in}'s position, which moves past it; null at a clean end. Throws
     * {@link IllegalStateException} saying why when the bytes there are not a whole, intact record.
     */
    static HistoryRecord decode(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null;
        }
        int start = in.position();
        if (in.remaining() < OVERHEAD) {
            throw new IllegalStateException("a torn record of " + in.remaining() + " bytes at the end");
        }
        byte type = in.get();
        int len = in.getInt();
        if (len < 0 || len > MAX_PAYLOAD) {
            throw new IllegalStateException("a record at byte " + start + " claims " + len + " bytes");
        }
        if (in.remaining() < len + 4) {
            throw new IllegalStateException("a torn record at byte " + start + ": " + (len + OVERHEAD)
                    + " bytes long, the file ends after " + (in.remaining() + 5));
        }
        CRC32C crc = new CRC32C();
        crc.update(in.array(), in.arrayOffset() + start, 5 + len);
        ByteBuffer p = in.slice(in.position(), len);
        in.position(in.position() + len);
        if ((int) crc.getValue() != in.getInt()) {
            throw new IllegalStateException("checksum mismatch in the record at byte " + start);
        }
        try {
            HistoryRecord r = switch (type) {
                case META -> new HistoryRecord.Meta(Instant.ofEpochMilli(p.getLong()), getString(p));
                case SERIES -> new HistoryRecord.Series(Short.toUnsignedInt(p.getShort()), getString(p), getString(p));
                case SAMPLES -> samples(p);
                case EVENT -> new HistoryRecord.Event(Instant.ofEpochMilli(p.getLong()), getString(p), getString(p));
                default -> throw new IllegalStateException("unknown record type " + type + " at byte " + start);
            };
            if (p.hasRemaining()) {
                throw new IllegalStateException("record at byte " + start + " has " + p.remaining() + " bytes too many");
            }
            return r;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IllegalStateException("record at byte " + start + " is cut short");
        }
    }

    private static HistoryRecord.Samples samples(ByteBuffer p) {
        Instant t = Instant.ofEpochMilli(p.getLong());
        int n = Short.toUnsignedInt(p.getShort());
        int[] ids = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Short.toUnsignedInt(p.getShort());
            values[i] = p.getFloat();
        }
        return new HistoryRecord.Samples(t, ids, values);
    }

    private static int payloadSize(HistoryRecord r) {
        return switch (r) {
            case HistoryRecord.Meta m -> 8 + size(m.json());
            case HistoryRecord.Series s -> 2 + size(s.key()) + size(s.unit());
            case HistoryRecord.Samples s -> 10 + 6 * s.ids().length;
            case HistoryRecord.Event e -> 8 + size(e.kind()) + size(e.json());
        };
    }

    private static int size(String s) {
        return 4 + s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(bytes.length).put(bytes);
    }

    private static String getString(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new IllegalArgumentException("string length " + n);
        }
        byte[] bytes = new byte[n];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
