package dev.rackd.rig.audio;

import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;

/**
 * The simulated card's playback: the buffer drains at the card's clock into the {@link Room}. A write blocks while
 * the buffer is full; a writer that lets it run dry leaves a gap of silence (an underrun) and its next frames play
 * from the card's present. Writes come back short once the card is unplugged, closed or stopped.
 */
final class SimPlaybackLine extends SimDataLine implements SourceDataLine {
    /** The card frame at which the next written frame will be played. */
    private volatile long writeFrame;

    SimPlaybackLine(SimSoundCard card, DataLine.Info info) {
        super(card, info);
    }

    @Override
    void opened() {
        writeFrame = card.frameNow();
    }

    @Override
    public int write(byte[] b, int off, int len) {
        return transfer(b, off, len);
    }

    @Override
    long ready(long now) {
        if (writeFrame < now) {
            writeFrame = now; // underrun: the card played silence meanwhile
        }
        return bufferFrames - (writeFrame - now);
    }

    @Override
    void move(byte[] b, int at, int frames) {
        card.room().play(writeFrame, frames, b, at, pcm);
        writeFrame += frames;
    }

    @Override
    public int available() {
        if (!flowing()) {
            return 0;
        }
        long queued = Math.max(0, writeFrame - card.frameNow());
        return (int) Math.max(0, bufferFrames - queued) * frameBytes;
    }

    @Override
    public long getLongFramePosition() {
        return Math.min(writeFrame, card.frameNow());
    }
}
