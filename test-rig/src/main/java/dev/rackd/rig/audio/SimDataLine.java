package dev.rackd.rig.audio;

import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;

/**
 * What the simulated card's capture and playback lines share: opening at one of the card's formats with a buffer of
 * a given size, start and stop, and death when the card is unplugged.
 */
abstract class SimDataLine implements DataLine, NoControls {
    /** The largest buffer a line takes: a second of 64 channels of 32-bit audio at 192 kHz. */
    static final int MAX_BUFFER_BYTES = 192_000 * 64 * 4;
    /** A line opened without a buffer size buffers this long. */
    private static final double DEFAULT_BUFFER_SECONDS = 0.1;

    final SimSoundCard card;
    private final DataLine.Info info;
    private volatile AudioFormat format;
    volatile RawPcm pcm;
    volatile int frameBytes;
    volatile int bufferFrames;
    private volatile boolean open;
    volatile boolean running;
    private volatile int generation;

    SimDataLine(SimSoundCard card, DataLine.Info info) {
        this.card = card;
        this.info = info;
        this.format = card.formats().get(0);
    }

    /** The line's position on the card's clock starts now. */
    abstract void opened();

    /** As TargetDataLine and SourceDataLine have it: one of the card's formats, a buffer in bytes (0: the default). */
    public void open(AudioFormat requested, int bufferBytes) throws LineUnavailableException {
        if (!card.plugged()) {
            throw new LineUnavailableException(SimSoundCard.NAME + " is not plugged in");
        }
        RawPcm p = card.pcmFor(requested).orElseThrow(() -> new IllegalArgumentException(SimSoundCard.NAME
                + " does not take " + requested + "; it takes " + card.formats()));
        if (open) {
            return;
        }
        format = requested;
        pcm = p;
        frameBytes = requested.getFrameSize();
        int frames = bufferBytes > 0 ? Math.min(bufferBytes, MAX_BUFFER_BYTES) / frameBytes
                : (int) Math.round(DEFAULT_BUFFER_SECONDS * card.rateHz());
        bufferFrames = Math.max(1, frames);
        generation = card.generation();
        opened();
        open = true;
    }

    public void open(AudioFormat requested) throws LineUnavailableException {
        open(requested, 0);
    }

    /** Open, started and still on a plugged-in card. */
    final boolean flowing() {
        return open && running && card.alive(generation);
    }

    /**
     * Moves {@code len} bytes through the card a chunk at a time, as fast as its clock allows: blocks while nothing
     * can move, and comes back short once the line is closed, stopped or its card unplugged.
     */
    final int transfer(byte[] b, int off, int len) {
        if (!open) {
            return 0;
        }
        if (len < 0 || len % frameBytes != 0) {
            throw new IllegalArgumentException(len + " bytes is not a whole number of " + frameBytes + "-byte frames");
        }
        int frames = len / frameBytes;
        int done = 0;
        while (done < frames && flowing()) {
            long ready = ready(card.frameNow());
            if (ready <= 0) {
                waitFrames(frames - done);
                continue;
            }
            int n = (int) Math.min(ready, frames - done);
            move(b, off + done * frameBytes, n);
            done += n;
        }
        return done * frameBytes;
    }

    /** Frames that can move at card frame {@code now} (after dealing with an overrun or underrun). */
    abstract long ready(long now);

    /** Moves {@code frames} frames between {@code b} at {@code at} and the room, and advances the position. */
    abstract void move(byte[] b, int at, int frames);

    /** Waits a little for the card's clock, at most a couple of milliseconds so an unplug is seen at once. */
    private void waitFrames(long frames) {
        LockSupport.parkNanos(Math.max(50_000, Math.min(2_000_000, card.nanosFor(frames))));
    }

    @Override public void open() throws LineUnavailableException { open(card.formats().get(0), 0); }
    @Override public void close() { open = false; running = false; }
    @Override public boolean isOpen() { return open; }
    @Override public void start() { running = open; }
    @Override public void stop() { running = false; }
    @Override public boolean isRunning() { return running && card.alive(generation); }
    @Override public boolean isActive() { return isRunning(); }
    @Override public AudioFormat getFormat() { return format; }
    @Override public int getBufferSize() { return bufferFrames * frameBytes; }
    @Override public float getLevel() { return AudioSystem.NOT_SPECIFIED; }
    @Override public long getMicrosecondPosition() { return getLongFramePosition() * 1_000_000L / card.rateHz(); }
    @Override public int getFramePosition() { return (int) getLongFramePosition(); }
    @Override public Line.Info getLineInfo() { return info; }
    @Override public void drain() { }
    @Override public void flush() { }
}
