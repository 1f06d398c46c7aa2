package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.ChainBank;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rackd dsp stream}: raw float blocks in on stdin, processed blocks out on stdout, one for one. stdout carries
 * nothing but audio: before the first block, {@code System.out} is pointed at stderr, so no log line or stray print
 * can reach the audio pipe.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Reads raw little-endian float32 interleaved blocks on stdin and writes one processed block"
                + " to stdout for each, flushed before the next read. stderr: latency_samples=N first, then one"
                + " JSON object per line per event.",
            "A last block cut short by the end of input is processed padded with silence; only its own frames are"
                + " written.",
            "Exit codes: 0 at the end of input, 1 when the processed audio cannot be written (its reader closed the"
                + " pipe, a full disk), 2 bad options."})
final class StreamCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "48000",
            description = "Sample rate, 8000 to 192000 Hz. Default: 48000.")
    private int rateHz;

    @Option(names = "--block", paramLabel = "FRAMES", defaultValue = "64",
            description = "Frames per block, 1 to 65536. Default: 64.")
    private int blockFrames;

    @Option(names = "--channels", paramLabel = "N", defaultValue = "1", description = "1 to 64. Default: 1.")
    private int channels;

    @Mixin
    private ChainOptions chain;

    @Override
    public Integer call() throws IOException {
        check(rateHz >= 8000 && rateHz <= 192_000, "--rate is " + rateHz + "; allowed: 8000 to 192000");
        check(blockFrames >= 1 && blockFrames <= 65_536, "--block is " + blockFrames + "; allowed: 1 to 65536");
        check(channels >= 1 && channels <= 64, "--channels is " + channels + "; allowed: 1 to 64");
        ChainBank bank = new ChainBank(chain.settings(rateHz), channels);
        OutputStream audioOut = new FileOutputStream(FileDescriptor.out);
        PrintStream err = System.err;
        System.setOut(err);
        BlockStream blocks = new BlockStream(bank, blockFrames);
        try {
            blocks.run(System.in, audioOut, err);
        } catch (IOException e) {
            // one line, not a trace, on the event channel. A reader gone is a failure too: the audio it did not
            // take was processed for nobody, and `| head` in a bench would otherwise look like a clean run
            long n = blocks.blocksOut();
            err.println(String.valueOf(e.getMessage()).contains("Broken pipe")
                    ? "rackd dsp stream: the reader of the processed audio closed the pipe after " + n
                            + (n == 1 ? " block" : " blocks")
                    : "rackd dsp stream: cannot write the processed audio: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
