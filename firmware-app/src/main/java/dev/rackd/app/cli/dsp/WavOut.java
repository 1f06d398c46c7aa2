package dev.rackd.app.cli.dsp;

import dev.rackd.app.cli.dsp.WavIn.Chunk;
import dev.rackd.app.cli.dsp.WavIn.WavFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dsp process}'s result in the input's form: its fmt fields (an extensible header stays one, with its channel
 * mask, valid bits and subformat), its other chunks unchanged where they were, before or after the audio, a fact
 * chunk for float (the WAV spec asks one of every format but PCM) and the processed audio in place of its own.
 * Sizes are set once the audio is in, from what was written: a recording cut short promises frames it does not hold.
 */
final class WavOut {
    /** RIFF's sizes are 32 bits: the file holds at most 4 GiB and 8 bytes, the audio 4 GiB less one byte. */
    static final long MAX_RIFF_SIZE = 0xFFFFFFFFL;

    private WavOut() {
    }

    /** A failure reading the audio that goes in, told apart from one writing the result (a full disk). */
    static final class ReadFailed extends IOException {
        private static final long serialVersionUID = 1L;

        ReadFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The output's RIFF size (its length less 8) for {@code audioBytes} of audio. */
    static long riffSize(WavIn in, long audioBytes) {
        long size = 4;
        for (Chunk c : chunks(in)) {
            long body = c.id().equals("data") ? audioBytes : c.body().length;
            size += 8 + body + (body & 1);
        }
        return size;
    }

    /**
     * Writes the whole file into {@code out} from its start; returns the audio bytes written. A failure to read
     * {@code audio} is a {@link ReadFailed}; any other is the output's.
     */
    static long write(WavIn in, InputStream audio, FileChannel out) throws IOException {
        OutputStream os = new BufferedOutputStream(Channels.newOutputStream(out.position(0)), 1 << 16);
        long at = put(os, 0, header("RIFF", 0));
        at = put(os, at, "WAVE".getBytes(StandardCharsets.US_ASCII));
        long dataAt = -1;
        long factAt = -1;
        long audioBytes = 0;
        for (Chunk c : chunks(in)) {
            if (c.id().equals("data")) {
                dataAt = at;
                at = put(os, at, header("data", 0));
                byte[] buf = new byte[1 << 16];
                for (int n; (n = read(audio, buf)) >= 0; ) {
                    os.write(buf, 0, n);
                    audioBytes += n;
                }
                at += audioBytes;
                at = pad(os, at, audioBytes);
                continue;
            }
            if (c.id().equals("fact")) {
                factAt = at + 8;
            }
            at = put(os, at, header(c.id(), c.body().length));
            at = pad(os, put(os, at, c.body()), c.body().length);
        }
        os.flush();
        patch(out, 4, at - 8);
        patch(out, dataAt + 4, audioBytes);
        if (factAt >= 0) {
            patch(out, factAt, audioBytes / in.format().blockAlign());
        }
        return audioBytes;
    }

    /** The output's chunks in order: fmt and fact with their new bodies, the audio as one without. */
    private static List<Chunk> chunks(WavIn in) {
        WavFormat f = in.format();
        boolean hasFact = in.layout().stream().anyMatch(c -> c.id().equals("fact"));
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : in.layout()) {
            switch (c.id()) {
                case "fmt " -> {
                    out.add(new Chunk("fmt ", f.chunkBody()));
                    if (f.isFloat() && !hasFact) {
                        out.add(new Chunk("fact", new byte[4]));
                    }
                }
                case "fact" -> out.add(new Chunk("fact", new byte[4]));
                default -> out.add(c);
            }
        }
        return out;
    }

    private static int read(InputStream audio, byte[] buf) throws ReadFailed {
        try {
            return audio.read(buf);
        } catch (IOException e) {
            throw new ReadFailed(e);
        }
    }

    private static byte[] header(String id, long size) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(id.getBytes(StandardCharsets.ISO_8859_1))
                .putInt((int) size).array();
    }

    private static long put(OutputStream os, long at, byte[] b) throws IOException {
        os.write(b);
        return at + b.length;
    }

    /** RIFF keeps every chunk at an even offset: an odd body is followed by one zero byte. */
    private static long pad(OutputStream os, long at, long bodyBytes) throws IOException {
        if ((bodyBytes & 1) == 0) {
            return at;
        }
        os.write(0);
        return at + 1;
    }

    private static void patch(FileChannel out, long at, long value) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).flip();
        while (b.hasRemaining()) {
            out.write(b, at + b.position());
        }
    }
}
