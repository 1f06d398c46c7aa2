package dev.rackd.app.audio;

import dev.rackd.hal.Backoff;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The audio thread: capture, chains, playback, one block at a time. It alone touches the lines and the chains'
 * processing. Per block it only reads, converts, processes, converts and writes into buffers made at construction:
 * no allocation, lock, log or wait beyond the line's own read and write. When the device fails it closes the lines,
 * says so through {@link #state()} (the telemetry thread reports it), and reopens with backoff until it is back.
 */
public final class AudioEngine implements Runnable {
    private static final int WIDEST_SAMPLE_BYTES = 8;

    private final AudioPort port;
    private final EngineConfig config;
    private final EngineCounters counters = new EngineCounters();
    private final AtomicReference<LineState> state = new AtomicReference<>(LineState.STARTING);
    private final BlockProcessor block;
    private final byte[] captured;
    private final byte[] played;
    private volatile boolean running = true;
    private volatile AudioLines current;

    public AudioEngine(AudioPort port, ChainBank bank, EngineConfig config) {
        if (bank.channels() != config.channels()) {
            throw new IllegalArgumentException("chain bank has " + bank.channels() + " channels, the engine "
                    + config.channels());
        }
        this.port = port;
        this.config = config;
        block = new BlockProcessor(bank, config.blockFrames());
        captured = new byte[config.samplesPerBlock() * WIDEST_SAMPLE_BYTES];
        played = new byte[config.samplesPerBlock() * WIDEST_SAMPLE_BYTES];
    }

    public EngineConfig config() {
        return config;
    }

    public EngineCounters counters() {
        return counters;
    }

    /** What the audio thread last said about its device. Any thread. */
    public LineState state() {
        return state.get();
    }

    /** Asks the loop to end; it does within a block (or a retry wait). Any thread. */
    public void stop() {
        running = false;
    }

    /**
     * Closes the device under the audio thread, which then sees a short read, as when the system takes the device
     * away. For shutdown, when the thread is stuck in a read that will not return, and for a test bench's unplug.
     */
    public void forceClose() {
        AudioLines lines = current;
        if (lines != null) {
            lines.close();
        }
    }

    @Override
    public void run() {
        Backoff backoff = new Backoff(config.retryInitial(), config.retryMax());
        while (running) {
            counters.open();
            AudioLines lines;
            try {
                lines = port.open(config.sampleRateHz(), config.channels(),
                        config.blockFrames() * config.bufferBlocks());
            } catch (Exception | LinkageError e) {
                report(false, "cannot open the audio device: " + message(e));
                pause(backoff);
                continue;
            }
            current = lines;
            // nothing from before a lost device is played, or rings on, when it is back
            block.restart();
            report(true, lines.describe());
            long startBlocks = counters.blocks();
            long started = System.nanoTime();
            String why;
            try {
                why = pump(lines);
            } catch (RuntimeException e) {
                why = "audio device failed: " + message(e);
            } finally {
                current = null;
                lines.close();
            }
            if (!running) {
                break;
            }
            counters.loss();
            report(false, why + " after " + (counters.blocks() - startBlocks) + " blocks; retrying");
            if (System.nanoTime() - started >= config.steadyAfter().toNanos()) {
                backoff.reset();
            } else {
                pause(backoff);
            }
        }
    }

    /** Runs blocks until the device fails (returns why) or the engine is stopped (returns null). */
    private String pump(AudioLines lines) {
        SampleFormat in = lines.captureFormat();
        SampleFormat out = lines.playbackFormat();
        int inBytes = block.blockBytes(in);
        int outBytes = block.blockBytes(out);
        Arrays.fill(played, (byte) 0);
        for (int i = 0; i < config.prefillBlocks(); i++) {
            int w = lines.write(played, 0, outBytes);
            if (w < outBytes) {
                return "playback took " + w + " of " + outBytes + " bytes of silence";
            }
        }
        boolean overrunning = false;
        boolean underrunning = false;
        while (running) {
            boolean full = lines.captureAvailable() >= lines.captureBufferBytes();
            if (full && !overrunning) {
                counters.overrun();
            }
            overrunning = full;
            int r = lines.read(captured, 0, inBytes);
            if (r < inBytes) {
                return "capture gave " + Math.max(r, 0) + " of " + inBytes + " bytes";
            }
            block.process(captured, in, played, out);
            boolean dry = lines.playbackAvailable() >= lines.playbackBufferBytes();
            if (dry && !underrunning) {
                counters.underrun();
            }
            underrunning = dry;
            int w = lines.write(played, 0, outBytes);
            if (w < outBytes) {
                return "playback took " + Math.max(w, 0) + " of " + outBytes + " bytes";
            }
            counters.block();
        }
        return null;
    }

    private void report(boolean online, String detail) {
        LineState last = state.get();
        state.set(new LineState(last.sequence() + 1, online, detail));
    }

    private void pause(Backoff backoff) {
        long until = System.nanoTime() + backoff.next().toNanos();
        for (long left = until - System.nanoTime(); running && left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
