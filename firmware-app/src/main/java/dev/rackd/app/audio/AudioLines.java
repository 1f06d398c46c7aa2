package dev.rackd.app.audio;

/**
 * An open capture and playback pair, owned by the audio thread. Reads and writes block until the whole length has
 * gone through; a shorter count means the device has gone (unplugged, stopped by the system) and the pair must be
 * closed and opened again. Implementations may also throw unchecked exceptions for the same reason.
 */
public interface AudioLines extends AutoCloseable {
    /** The encoding the capture line delivers. */
    SampleFormat captureFormat();

    /** The encoding the playback line takes. */
    SampleFormat playbackFormat();

    /** Fills {@code len} bytes of captured audio; returns fewer only when the device has gone. */
    int read(byte[] buf, int offset, int len);

    /** Queues {@code len} bytes for playback; returns fewer only when the device has gone. */
    int write(byte[] buf, int offset, int len);

    /** Bytes captured and waiting to be read; {@link #captureBufferBytes()} means the buffer is full (overrun). */
    int captureAvailable();

    int captureBufferBytes();

    /** Room in the playback buffer; {@link #playbackBufferBytes()} means it has run dry (underrun). */
    int playbackAvailable();

    int playbackBufferBytes();

    /** A short description for the crew: "USB Audio CODEC, 48000 Hz, 2 ch, 24-bit PCM". */
    String describe();

    /** Idempotent, never throws. */
    @Override
    void close();
}
