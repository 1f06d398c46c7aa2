package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.EventJson;
import dev.rackd.app.audio.SampleFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rackd dsp process}: a WAV file through the chain into a WAV file of the same rate, channels, encoding and
 * length, lined up sample for sample with the input. Events go to stderr as JSON lines; stdout stays empty.
 * The WAV container is read and written by Java Sound ({@link AudioSystem}), which covers 16/24/32-bit PCM and
 * 32/64-bit float, plain and extensible headers.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Processes a WAV file (any rate from 8 to 192 kHz, any channel count, 16/24/32-bit PCM or"
                + " 32/64-bit float) into a WAV file of the same format and length, aligned with the input.")
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
        AudioInputStream in;
        try {
            AudioFileFormat type = AudioSystem.getAudioFileFormat(input.toFile());
            if (!type.getType().equals(AudioFileFormat.Type.WAVE)) {
                return refuse(err, input + " is a " + type.getType() + " file; allowed: WAV");
            }
            in = AudioSystem.getAudioInputStream(input.toFile());
        } catch (UnsupportedAudioFileException e) {
            return refuse(err, input + " is not a WAV file that can be read: " + e.getMessage());
        } catch (IOException e) {
            return refuse(err, "cannot read " + input + ": " + reason(e));
        }
        try (in) {
            AudioFormat f = in.getFormat();
            var sf = SampleFormat.of(f);
            if (sf.isEmpty()) {
                return refuse(err, input + " holds " + f + "; allowed: 16/24/32-bit PCM or 32/64-bit float");
            }
            if (f.getSampleRate() < 8000 || f.getSampleRate() > 192_000) {
                return refuse(err, input + " is at " + f.getSampleRate() + " Hz; allowed: 8000 to 192000 Hz");
            }
            if (f.getChannels() > 64) {
                return refuse(err, input + " has " + f.getChannels() + " channels; allowed: 1 to 64");
            }
            ChainBank bank = new ChainBank(chain.settings(f.getSampleRate()), f.getChannels());
            AlignedStream aligned = new AlignedStream(in, sf.get(), bank, BLOCK_FRAMES,
                    e -> err.println(EventJson.format(e, e.channel())));
            // the length is counted as written, not taken from the header: a recording cut short (a recorder
            // that lost power) promises frames it does not hold, and the output must not promise them too
            write(new AudioInputStream(aligned, f, AudioSystem.NOT_SPECIFIED));
            long promised = in.getFrameLength();
            if (promised != AudioSystem.NOT_SPECIFIED && aligned.framesIn() < promised) {
                err.println(input + " ends after " + aligned.framesIn() + " of the " + promised
                        + " frames its header gives (cut short?); " + output + " holds those " + aligned.framesIn());
            }
            String silenced = Samples.told(aligned.nonFiniteSamples(), aligned.outOfRangeSamples());
            if (!silenced.isEmpty()) {
                err.println(input + ": " + silenced);
            }
            err.flush();
            return 0;
        } catch (IOException e) {
            err.println("rackd dsp process: " + reason(e));
            return FAILED;
        }
    }

    /** Writes next to the output and renames, so a failure never leaves half a file under the output's name. */
    private void write(AudioInputStream processed) throws IOException {
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        // created as any new file is (the umask's permissions; a temporary file's would be owner-only)
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        Files.deleteIfExists(tmp); // left by a run that was killed, whose process number this one has now
        Files.createFile(tmp);
        try {
            AudioSystem.write(processed, AudioFileFormat.Type.WAVE, tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
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
