package dev.rackd.app.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * Opens capture and playback through Java Sound. A device is named by part of its mixer name (case ignored) or
 * {@code default}; the deepest integer format the device takes is used: 24-bit, then 32-bit, then 16-bit.
 * The mixer list is asked afresh at every open, so a USB interface plugged back in is found again.
 */
public final class JavaSoundPort implements AudioPort {
    static final String DEFAULT = "default";
    private static final List<SampleFormat> PREFERRED = List.of(SampleFormat.PCM24, SampleFormat.PCM32,
            SampleFormat.PCM16);

    private final String inputDevice;
    private final String outputDevice;
    private final List<SampleFormat> formats;

    public JavaSoundPort(String inputDevice, String outputDevice) {
        this(inputDevice, outputDevice, PREFERRED);
    }

    /** @param formats the integer encodings to try, best first (a test bench may pin one) */
    public JavaSoundPort(String inputDevice, String outputDevice, List<SampleFormat> formats) {
        if (formats.isEmpty() || formats.stream().anyMatch(SampleFormat::isFloat)) {
            throw new IllegalArgumentException("sound cards are opened with integer PCM formats, not " + formats);
        }
        this.inputDevice = inputDevice;
        this.outputDevice = outputDevice;
        this.formats = List.copyOf(formats);
    }

    @Override
    public AudioLines open(int sampleRateHz, int channels, int bufferFrames) throws Exception {
        Opened<TargetDataLine> capture = openLine(TargetDataLine.class, inputDevice, "input", sampleRateHz, channels,
                bufferFrames, formats);
        try {
            Opened<SourceDataLine> playback = openLine(SourceDataLine.class, outputDevice, "output", sampleRateHz,
                    channels, bufferFrames, formats);
            String what = capture.mixer.equals(playback.mixer) ? "'" + capture.mixer + "'"
                    : "'" + capture.mixer + "' in, '" + playback.mixer + "' out";
            return new JavaSoundLines(capture.line, capture.format, playback.line, playback.format,
                    what + ", " + sampleRateHz + " Hz, " + channels + " ch, " + capture.format.describe());
        } catch (Exception | Error e) {
            capture.line.close();
            throw e;
        }
    }

    private record Opened<L extends DataLine>(L line, SampleFormat format, String mixer) {
    }

    private static <L extends DataLine> Opened<L> openLine(Class<L> type, String device, String role, int rate,
            int channels, int bufferFrames, List<SampleFormat> formats) throws LineUnavailableException {
        List<Mixer.Info> candidates = candidates(type, device, role);
        LineUnavailableException last = null;
        for (Mixer.Info info : candidates) {
            for (SampleFormat sf : formats) {
                AudioFormat af = sf.audioFormat(rate, channels);
                DataLine.Info lineInfo = new DataLine.Info(type, af);
                Mixer mixer = info == null ? null : AudioSystem.getMixer(info);
                if (mixer == null ? !AudioSystem.isLineSupported(lineInfo) : !mixer.isLineSupported(lineInfo)) {
                    continue;
                }
                L line = type.cast(mixer == null ? AudioSystem.getLine(lineInfo) : mixer.getLine(lineInfo));
                try {
                    openAndStart(line, af, bufferFrames * af.getFrameSize());
                    return new Opened<>(line, sf, info == null ? DEFAULT : info.getName());
                } catch (LineUnavailableException | IllegalArgumentException | IllegalStateException e) {
                    line.close();
                    last = new LineUnavailableException(role + " device '" + device + "' would not open at " + rate
                            + " Hz, " + channels + " ch, " + sf.describe() + ": " + e.getMessage());
                }
            }
        }
        if (last != null) {
            throw last;
        }
        throw new LineUnavailableException(role + " device '" + device + "' is not there, or offers none of "
                + formats.stream().map(SampleFormat::describe).toList() + " at " + rate + " Hz with " + channels
                + " channel" + (channels == 1 ? "" : "s"));
    }

    private static void openAndStart(DataLine line, AudioFormat af, int bufferBytes) throws LineUnavailableException {
        if (line instanceof TargetDataLine t) {
            t.open(af, bufferBytes);
        } else {
            ((SourceDataLine) line).open(af, bufferBytes);
        }
        line.start();
    }

    /** The mixers to try, in Java Sound's order; null stands for Java Sound's own default. */
    private static List<Mixer.Info> candidates(Class<? extends DataLine> type, String device, String role)
            throws LineUnavailableException {
        List<Mixer.Info> found = new ArrayList<>();
        if (device.equalsIgnoreCase(DEFAULT)) {
            found.add(null);
            return found;
        }
        String wanted = device.toLowerCase(Locale.ROOT);
        List<String> present = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (!offers(AudioSystem.getMixer(info), type)) {
                continue;
            }
            present.add(info.getName());
            if (info.getName().toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(info);
            }
        }
        if (found.isEmpty()) {
            throw new LineUnavailableException("no " + role + " device matching '" + device + "'; present: "
                    + (present.isEmpty() ? "none" : String.join(", ", present)));
        }
        return found;
    }

    private static boolean offers(Mixer mixer, Class<? extends DataLine> type) {
        Line.Info[] infos = type == TargetDataLine.class ? mixer.getTargetLineInfo() : mixer.getSourceLineInfo();
        for (Line.Info i : infos) {
            if (type.isAssignableFrom(i.getLineClass())) {
                return true;
            }
        }
        return false;
    }
}
