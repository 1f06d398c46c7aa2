package dev.rackd.app.audio;

import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/** A started Java Sound capture and playback line. Only the audio thread calls it, apart from close at shutdown. */
final class JavaSoundLines implements AudioLines {
    private final TargetDataLine capture;
    private final SampleFormat captureFormat;
    private final SourceDataLine playback;
    private final SampleFormat playbackFormat;
    private final String description;

    JavaSoundLines(TargetDataLine capture, SampleFormat captureFormat, SourceDataLine playback,
            SampleFormat playbackFormat, String description) {
        this.capture = capture;
        this.captureFormat = captureFormat;
        this.playback = playback;
        this.playbackFormat = playbackFormat;
        this.description = description;
    }

    @Override
    public SampleFormat captureFormat() {
        return captureFormat;
    }

    @Override
    public SampleFormat playbackFormat() {
        return playbackFormat;
    }

    @Override
    public int read(byte[] buf, int offset, int len) {
        return capture.read(buf, offset, len);
    }

    @Override
    public int write(byte[] buf, int offset, int len) {
        return playback.write(buf, offset, len);
    }

    @Override
    public int captureAvailable() {
        return capture.available();
    }

    @Override
    public int captureBufferBytes() {
        return capture.getBufferSize();
    }

    @Override
    public int playbackAvailable() {
        return playback.available();
    }

    @Override
    public int playbackBufferBytes() {
        return playback.getBufferSize();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        closeQuietly(capture);
        closeQuietly(playback);
    }

    private static void closeQuietly(javax.sound.sampled.Line line) {
        try {
            line.close();
        } catch (RuntimeException ignored) {
            // a line whose device has gone may complain on close; it is closed either way
        }
    }
}
