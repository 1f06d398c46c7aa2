package dev.rackd.rig.audio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/** The simulated card as Java Sound sees it: a mixer with a capture line and a playback line, new ones on request. */
final class SimMixer implements Mixer, NoControls {
    /** Mixer.Info's constructor is for subclasses only. */
    private static final class Info extends Mixer.Info {
        Info() {
            super(SimSoundCard.NAME, "rackd", "a simulated sound card for rackd run --simulate", "1");
        }
    }

    static final Mixer.Info INFO = new Info();

    private final SimSoundCard card;
    private final DataLine.Info captureInfo;
    private final DataLine.Info playbackInfo;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    SimMixer(SimSoundCard card) {
        this.card = card;
        AudioFormat[] formats = card.formats().toArray(new AudioFormat[0]);
        captureInfo = new DataLine.Info(TargetDataLine.class, formats, 1, SimDataLine.MAX_BUFFER_BYTES);
        playbackInfo = new DataLine.Info(SourceDataLine.class, formats, 1, SimDataLine.MAX_BUFFER_BYTES);
    }

    @Override
    public Mixer.Info getMixerInfo() {
        return INFO;
    }

    @Override
    public Line.Info[] getSourceLineInfo() {
        return new Line.Info[] {playbackInfo};
    }

    @Override
    public Line.Info[] getTargetLineInfo() {
        return new Line.Info[] {captureInfo};
    }

    // Java Sound's convention: a request matches a line info that is the same or more specific and supports every
    // format the request names.
    @Override
    public Line.Info[] getSourceLineInfo(Line.Info info) {
        return info.matches(playbackInfo) ? getSourceLineInfo() : new Line.Info[0];
    }

    @Override
    public Line.Info[] getTargetLineInfo(Line.Info info) {
        return info.matches(captureInfo) ? getTargetLineInfo() : new Line.Info[0];
    }

    @Override
    public boolean isLineSupported(Line.Info info) {
        return info.matches(captureInfo) || info.matches(playbackInfo);
    }

    @Override
    public Line getLine(Line.Info info) throws LineUnavailableException {
        if (!card.plugged()) {
            throw new LineUnavailableException(SimSoundCard.NAME + " is not plugged in");
        }
        if (!isLineSupported(info)) {
            throw new IllegalArgumentException(SimSoundCard.NAME + " has no line like " + info);
        }
        Line line = info.matches(captureInfo) ? new SimCaptureLine(card, captureInfo)
                : new SimPlaybackLine(card, playbackInfo);
        lines.removeIf(l -> !l.isOpen());
        lines.add(line);
        return line;
    }

    @Override
    public int getMaxLines(Line.Info info) {
        return isLineSupported(info) ? AudioSystem.NOT_SPECIFIED : 0;
    }

    @Override
    public Line[] getSourceLines() {
        return lines.stream().filter(l -> l.isOpen() && l instanceof SourceDataLine).toArray(Line[]::new);
    }

    @Override
    public Line[] getTargetLines() {
        return lines.stream().filter(l -> l.isOpen() && l instanceof TargetDataLine).toArray(Line[]::new);
    }

    @Override
    public void synchronize(Line[] toSync, boolean maintainSync) {
        throw new IllegalArgumentException(SimSoundCard.NAME + " does not synchronise lines");
    }

    @Override
    public void unsynchronize(Line[] toSync) {
        throw new IllegalArgumentException(SimSoundCard.NAME + " does not synchronise lines");
    }

    @Override
    public boolean isSynchronizationSupported(Line[] toSync, boolean maintainSync) {
        return false;
    }

    // The mixer as a line: always open.
    @Override public Line.Info getLineInfo() { return new Line.Info(Mixer.class); }
    @Override public void open() { }
    @Override public void close() { }
    @Override public boolean isOpen() { return true; }
}
