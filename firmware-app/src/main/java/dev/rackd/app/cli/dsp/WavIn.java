package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.SampleFormat;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A WAV file as {@code dsp process} reads it, with all it needs to write the result in the same form: the format
 * (plain or extensible header: channel mask, valid bits, subformat), where the audio lies, and every other chunk
 * ({@code bext}, {@code LIST}, {@code cue }, {@code iXML}...) in its place before or after the audio. Read with our
 * own parser because Java Sound gives neither the extensible fields nor the other chunks.
 *
 * @param layout the chunks in file order; {@code fmt }, {@code fact} and {@code data} carry no body (they are
 *     written afresh), the others their bytes
 * @param declaredBytes the data chunk's size as its header gives it, or {@link #UNKNOWN_LENGTH}
 * @param audioBytes the audio there is: the declared size, or up to the end of the file when that comes first or the
 *     size is unknown
 * @param notes what is read otherwise than the file says, or left out, in words for stderr
 */
record WavIn(Path path, WavFormat format, List<Chunk> layout, long audioOffset, long declaredBytes, long audioBytes,
        List<String> notes) {
    /** A data size of 0xFFFFFFFF: written by recorders while they record, before they know the length. */
    static final long UNKNOWN_LENGTH = 0xFFFFFFFFL;
    /** How much of the chunks other than the audio is copied, in all; enough for any metadata, pictures aside. */
    static final int KEPT_BYTES = 16 << 20;

    record Chunk(String id, byte[] body) {
    }

    /** Why a file is refused: the words that follow its name. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Frames the header promises, or -1 when it gives no length. */
    long declaredFrames() {
        return declaredBytes == UNKNOWN_LENGTH ? -1 : declaredBytes / format.blockAlign();
    }

    /** The audio bytes, from the file, as far as {@link #audioBytes} goes. */
    InputStream audio() throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ).position(audioOffset);
        return new FilterInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16)) {
            private long left = audioBytes;

            @Override
            public int read() throws IOException {
                int b = left == 0 ? -1 : super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }

    static WavIn read(Path path) throws IOException, Refused {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return new Parser(path, ch).parse();
        }
    }

    private static final class Parser {
        private final Path path;
        private final FileChannel ch;
        private final long length;
        private final List<Chunk> layout = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private WavFormat format;
        private long audioOffset = -1;
        private long declared;
        private long audioBytes;
        private long kept;

        Parser(Path path, FileChannel ch) throws IOException {
            this.path = path;
            this.ch = ch;
            length = ch.size();
        }

        WavIn parse() throws IOException, Refused {
            ByteBuffer head = bytes(0, 12);
            String riff = id(head, 0);
            if (riff.equals("RF64") || riff.equals("BW64")) {
                throw new Refused("is an RF64 file (a WAV over 4 GiB); allowed: WAV up to 4 GiB");
            }
            if (riff.equals("FORM")) {
                throw new Refused("is an AIFF file; allowed: WAV");
            }
            if (head.limit() < 12 || !riff.equals("RIFF") || !id(head, 8).equals("WAVE")) {
                throw new Refused("is not a WAV file (it does not begin with RIFF....WAVE)");
            }
            long riffSize = head.getInt(4) & 0xFFFFFFFFL;
            // a RIFF size that overruns the file, or 0 as some recorders leave it, bounds nothing
            long riffEnd = riffSize >= 4 && 8 + riffSize <= length ? 8 + riffSize : length;
            long pos = 12;
            while (pos + 8 <= (audioOffset < 0 ? length : riffEnd)) {
                ByteBuffer h = bytes(pos, 8);
                String id = id(h, 0);
                long size = h.getInt(4) & 0xFFFFFFFFL;
                long body = pos + 8;
                if (id.equals("data") && audioOffset < 0) {
                    audioOffset = body;
                    declared = size;
                    audioBytes = size == UNKNOWN_LENGTH ? length - body : Math.min(size, length - body);
                    layout.add(new Chunk(id, null));
                    if (size == UNKNOWN_LENGTH || body + size > length) {
                        break; // the audio runs to the end of the file: nothing can follow it
                    }
                } else if (body + size > length) {
                    if (audioOffset < 0) {
                        throw new Refused("is not a WAV file that can be read: its '" + printable(id)
                                + "' chunk at byte " + pos + " runs " + (body + size - length)
                                + " bytes past the end of the file, before any audio");
                    }
                    notes.add("its '" + printable(id) + "' chunk after the audio is cut short by the end of the"
                            + " file; left out");
                    break;
                } else {
                    other(id, pos, size);
                }
                pos = body + size + (size & 1);
            }
            if (format == null) {
                throw new Refused("is not a WAV file that can be read: it has no fmt chunk");
            }
            if (audioOffset < 0) {
                throw new Refused("is not a WAV file that can be read: it has no data chunk");
            }
            return new WavIn(path, format, List.copyOf(layout), audioOffset, declared, audioBytes,
                    List.copyOf(notes));
        }

        private void other(String id, long pos, long size) throws IOException, Refused {
            switch (id) {
                case "fmt " -> {
                    if (format != null) {
                        notes.add("its second fmt chunk, at byte " + pos + ", is left out");
                        return;
                    }
                    format = WavFormat.parse(bytes(pos + 8, (int) Math.min(size, 64)), size);
                    layout.add(new Chunk(id, null));
                }
                case "fact" -> {
                    if (layout.stream().noneMatch(c -> c.id().equals("fact"))) {
                        layout.add(new Chunk(id, null)); // its frame count is the output's
                    }
                }
                case "data" -> notes.add("its second data chunk, at byte " + pos + ", is left out");
                default -> {
                    if (kept + size > KEPT_BYTES) {
                        notes.add("its '" + printable(id) + "' chunk (" + size + " bytes) is left out: chunks other"
                                + " than the audio are copied up to " + (KEPT_BYTES >> 20) + " MiB in all");
                        return;
                    }
                    kept += size;
                    ByteBuffer b = bytes(pos + 8, (int) size);
                    layout.add(new Chunk(id, b.array()));
                }
            }
        }

        /** Up to {@code n} bytes from {@code at}, fewer at the end of the file, little-endian. */
        private ByteBuffer bytes(long at, int n) throws IOException {
            ByteBuffer b = ByteBuffer.allocate((int) Math.max(0, Math.min(n, length - at)));
            while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
                // read until full; the size bounds it
            }
            return b.flip().order(ByteOrder.LITTLE_ENDIAN);
        }

        private static String id(ByteBuffer b, int at) {
            return b.limit() < at + 4 ? "" : new String(b.array(), at, 4, StandardCharsets.ISO_8859_1);
        }

        /** A chunk id as it can be printed: one of another file's bytes may be anything. */
        private static String printable(String id) {
            return id.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? id
                    : "0x" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The fmt chunk's fields, as the output repeats them.
     *
     * @param tag 1 (PCM), 3 (IEEE float) or 0xFFFE (extensible)
     * @param validBits extensible only: the bits of each sample that carry audio (0: not said)
     * @param subFormat extensible only: the 16-byte GUID, copied as it came
     */
    record WavFormat(int tag, int channels, int rate, SampleFormat samples, int validBits, int channelMask,
            byte[] subFormat) {
        static final int PCM = 1;
        static final int FLOAT = 3;
        static final int EXTENSIBLE = 0xFFFE;
        /** KSDATAFORMAT_SUBTYPE_PCM and _IEEE_FLOAT end alike; their first two bytes are the plain tag. */
        private static final byte[] GUID_TAIL = HexFormat.of().parseHex("000000001000800000aa00389b71");

        int blockAlign() {
            return channels * samples.bytesPerSample();
        }

        static WavFormat parse(ByteBuffer b, long size) throws Refused {
            if (size < 16) {
                throw new Refused("is not a WAV file that can be read: its fmt chunk is " + size + " bytes, short of"
                        + " the 16 every format needs");
            }
            int tag = b.getShort(0) & 0xFFFF;
            int channels = b.getShort(2) & 0xFFFF;
            long rate = b.getInt(4) & 0xFFFFFFFFL;
            int blockAlign = b.getShort(12) & 0xFFFF;
            int bits = b.getShort(14) & 0xFFFF;
            int validBits = 0;
            int mask = 0;
            byte[] sub = null;
            int kind = tag;
            if (tag == EXTENSIBLE) {
                if (size < 40 || (b.getShort(16) & 0xFFFF) < 22) {
                    throw new Refused("is not a WAV file that can be read: its extensible fmt chunk is " + size
                            + " bytes, short of the 40 it needs");
                }
                validBits = b.getShort(18) & 0xFFFF;
                mask = b.getInt(20);
                sub = new byte[16];
                b.get(24, sub);
                kind = (sub[0] & 0xFF) | (sub[1] & 0xFF) << 8;
                if (!java.util.Arrays.equals(sub, 2, 16, GUID_TAIL, 0, 14)) {
                    throw new Refused("holds audio of subformat " + HexFormat.of().formatHex(sub)
                            + "; allowed: 16/24/32-bit PCM or 32/64-bit float");
                }
            }
            SampleFormat sf = sampleFormat(kind, bits);
            if (sf == null) {
                throw new Refused("holds " + describe(kind, bits) + "; allowed: 16/24/32-bit PCM or 32/64-bit float");
            }
            if (channels < 1 || channels > 64) {
                throw new Refused("has " + channels + " channels; allowed: 1 to 64");
            }
            if (rate < 8000 || rate > 192_000) {
                throw new Refused("is at " + rate + " Hz; allowed: 8000 to 192000 Hz");
            }
            if (blockAlign != channels * sf.bytesPerSample()) {
                throw new Refused("is not a WAV file that can be read: its frames are " + blockAlign + " bytes, but "
                        + channels + " channels of " + sf.describe() + " take " + channels * sf.bytesPerSample());
            }
            if (validBits > bits) {
                throw new Refused("is not a WAV file that can be read: " + validBits + " valid bits in samples of "
                        + bits);
            }
            return new WavFormat(tag, channels, (int) rate, sf, validBits, mask, sub);
        }

        private static SampleFormat sampleFormat(int kind, int bits) {
            return switch (kind * 100 + bits) {
                case PCM * 100 + 16 -> SampleFormat.PCM16;
                case PCM * 100 + 24 -> SampleFormat.PCM24;
                case PCM * 100 + 32 -> SampleFormat.PCM32;
                case FLOAT * 100 + 32 -> SampleFormat.FLOAT32;
                case FLOAT * 100 + 64 -> SampleFormat.FLOAT64;
                default -> null;
            };
        }

        private static String describe(int kind, int bits) {
            return switch (kind) {
                case PCM -> bits + "-bit PCM";
                case FLOAT -> bits + "-bit float";
                case 6 -> "A-law";
                case 7 -> "µ-law";
                default -> String.format("audio of format 0x%04X", kind);
            };
        }

        /** The fmt chunk's body: 16 bytes for PCM, 18 for float (with its empty extension), 40 extensible. */
        byte[] chunkBody() {
            int size = tag == EXTENSIBLE ? 40 : tag == FLOAT ? 18 : 16;
            ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * blockAlign())
                    .putShort((short) blockAlign()).putShort((short) (samples.bytesPerSample() * 8));
            if (tag == FLOAT) {
                b.putShort((short) 0);
            } else if (tag == EXTENSIBLE) {
                b.putShort((short) 22).putShort((short) validBits).putInt(channelMask).put(subFormat);
            }
            return b.array();
        }

        boolean isFloat() {
            return samples.isFloat();
        }
    }
}
