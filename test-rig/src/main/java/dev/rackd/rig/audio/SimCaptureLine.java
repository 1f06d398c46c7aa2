package dev.rackd.rig.audio;

import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * The simulated card's capture: frames become readable as the card's clock produces them. A reader that falls more
 * than a buffer behind loses the oldest frames (an overrun); a read blocks until its frames exist and comes back
 * short once the card is unplugged, closed or stopped.
 */
final class SimCaptureLine extends SimDataLine implements TargetDataLine {
    private volatile long readFrame;

    SimCaptureLine(SimSoundCard card, DataLine.Info info) {
        super(card, info);
    }

    @Override
    void opened() {
        readFrame = card.frameNow();
    }

    @Override
    public int read(byte[] b, int off, int len) {
        return transfer(b, off, len);
    }

    @Override
    long ready(long now) {
        long oldest = now - bufferFrames;
        if (readFrame < oldest) {
            readFrame = oldest; // overrun: what did not fit in the buffer is gone
        }
        return now - readFrame;
    }

    @Override
    void move(byte[] b, int at, int frames) {
        card.room().capture(readFrame, frames, b, at, pcm);
        readFrame += frames;
    }

    @Override
    public int available() {
        if (!flowing()) {
            return 0;
        }
        return (int) Math.min(bufferFrames, Math.max(0, card.frameNow() - readFrame)) * frameBytes;
    }

    @Override
    public long getLongFramePosition() {
        return readFrame;
    }
}
