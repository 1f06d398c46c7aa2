package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.EventJson;
import dev.rackd.app.cli.dsp.WavIn.WavFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rackd dsp process}: a WAV file through the chain into a WAV file of the same rate, channels, encoding and
 * length, lined up sample for sample with the input. Events go to stderr as JSON lines; stdout stays empty.
 * The container is read by {@link WavIn} and written by {@link WavOut}: the header's form and every other chunk
 * (broadcast-WAV timecode, metadata, cue points) come through as they were.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Processes a WAV file (any rate from 8 to 192 kHz, any channel count, 16/24/32-bit PCM or"
                + " 32/64-bit float) into a WAV file of the same format and length, aligned with the input; its other"
                + " chunks (bext, LIST, cue...) are copied.")
final class ProcessCommand implements Callable<Integer> {
    static final int BLOCK_FRAMES = 1024;
    private static final int BAD_INPUT = 2;
    private static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "IN.wav", description = "The WAV file to process.")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT.wav",
            description = "Where the result goes; replaced only once it is complete.")
    private Path output;

    @Mixin
    private ChainOptions chain;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return refuse(err, "cannot write " + output + ": " + dir + (Files.isDirectory(dir)
                    ? " is not writable" : " is not a folder"));
        }
        if (Files.isDirectory(output)) {
            return refuse(err, "--out " + output + " is a folder; name the file, e.g. " + output.resolve("out.wav"));
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            // the result is written beside it and renamed over it: /dev/null or a pipe would be replaced by a file
            return refuse(err, "--out " + output + " is a device or a pipe, not a file; it is left alone. Name a WAV"
                    + " file (dsp stream is the way to pipe audio)");
        }
        if (sameFile(input, output)) {
            // the original recording would be replaced by its processed copy
            return refuse(err, "--out is the input file " + input + "; write the result to another file");
        }
        WavIn wav;
        try {
            wav = WavIn.read(input);
        } catch (WavIn.Refused r) {
            return refuse(err, input + " " + r.getMessage());
        } catch (IOException e) {
            return refuse(err, "cannot read " + input + ": " + reason(e));
        }
        WavFormat f = wav.format();
        long audioBytes = wav.audioBytes() / f.blockAlign() * f.blockAlign();
        if (audioBytes >= WavIn.UNKNOWN_LENGTH || WavOut.riffSize(wav, audioBytes) > WavOut.MAX_RIFF_SIZE) {
            // only a recording of unknown length can hold this much: a WAV's sizes are 32 bits
            return refuse(err, input + " holds " + audioBytes + " bytes of audio; a WAV file holds at most 4 GiB,"
                    + " so the result would not fit in one. Split the recording and process the parts");
        }
        ChainBank bank = new ChainBank(chain.settings(f.rate()), f.channels());
        InputStream audio;
        try {
            audio = wav.audio();
        } catch (IOException e) {
            return refuse(err, "cannot read " + input + ": " + reason(e));
        }
        try (audio) {
            AlignedStream aligned = new AlignedStream(audio, f.samples(), bank, BLOCK_FRAMES,
                    e -> err.println(EventJson.format(e, e.channel())));
            try {
                write(wav, aligned);
            } catch (WavOut.ReadFailed e) {
                throw e;
            } catch (IOException e) {
                // a full disk, a quota, a file size limit: name the file, and say what became of it
                err.println("rackd dsp process: cannot write " + output + ": " + reason(e) + "; " + (Files.exists(
                        output) ? output + " is left as it was" : "nothing was written under its name"));
                return FAILED;
            }
            long promised = wav.declaredFrames();
            if (promised < 0) {
                err.println(input + ": its header gives no length for the audio (0xFFFFFFFF, as a recorder writes"
                        + " while it records); read to the end of the file: " + aligned.framesIn() + " frames");
            } else if (aligned.framesIn() < promised) {
                err.println(input + " ends after " + aligned.framesIn() + " of the " + promised
                        + " frames its header gives (cut short?); " + output + " holds those " + aligned.framesIn());
            }
            for (String note : wav.notes()) {
                err.println(input + ": " + note);
            }
            String silenced = Samples.told(aligned.nonFiniteSamples(), aligned.outOfRangeSamples());
            if (!silenced.isEmpty()) {
                err.println(input + ": " + silenced);
            }
            err.flush();
            return 0;
        } catch (IOException e) {
            err.println("rackd dsp process: cannot read " + input + ": " + reason(e));
            return FAILED;
        }
    }

    /**
     * Writes next to the output and renames, so a failure never leaves half a file under the output's name; nor does
     * Ctrl-C or SIGTERM leave the part file ({@link PartFile}).
     */
    private void write(WavIn wav, InputStream processed) throws IOException {
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (PartFile part = new PartFile(tmp)) {
            try (FileChannel out = FileChannel.open(part.path(), StandardOpenOption.WRITE)) {
                WavOut.write(wav, processed, out);
            }
            part.moveTo(target);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("rackd dsp process: " + message);
        err.flush();
        return BAD_INPUT;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + " does not exist";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
