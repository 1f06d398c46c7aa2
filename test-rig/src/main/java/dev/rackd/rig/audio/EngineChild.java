package dev.rackd.rig.audio;

import dev.rackd.app.audio.AudioEngine;
import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.EngineConfig;
import dev.rackd.app.audio.EventJson;
import dev.rackd.app.audio.JavaSoundPort;
import dev.rackd.app.audio.LineState;
import dev.rackd.app.audio.SampleFormat;
import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * rackd's audio engine on Java Sound's default device, in a JVM of its own (so that it sees the HOME, and with it
 * the {@code .asoundrc}, of an {@link AlsaFileCard}). Runs until the engine has processed the given number of blocks
 * since it last opened the device, then stops it. Reports on stdout, one line each: {@code latency_samples=N},
 * {@code state online|offline <detail>} at every change, each DSP event as JSON, and at the end
 * {@code done blocks=B underruns=U overruns=O opens=P}. Exit 0 when the blocks were done, 3 when time ran out.
 * A line {@code unplug} on stdin takes the open device away under the audio thread (its next read comes back short,
 * as when the system revokes a device); unplug the card's files first so that reopening fails until it is back.
 *
 * <p>Arguments: {@code blocks rateHz blockFrames channels s16|s24 off|live|ringout limiterDbtp timeoutSeconds}.
 */
public final class EngineChild {
    private EngineChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        long blocks = Long.parseLong(args[0]);
        int rate = Integer.parseInt(args[1]);
        int block = Integer.parseInt(args[2]);
        int channels = Integer.parseInt(args[3]);
        SampleFormat format = args[4].equals("s16") ? SampleFormat.PCM16 : SampleFormat.PCM24;
        FeedbackMode mode = FeedbackMode.parse(args[5]);
        double limiterDbtp = Double.parseDouble(args[6]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[7])).toNanos();
        PrintStream out = System.out;

        ChainBank bank = new ChainBank(ChainSettings.defaults(rate).withMode(mode).withLimiterDbtp(limiterDbtp),
                channels);
        AudioEngine engine = new AudioEngine(new JavaSoundPort("default", "default", List.of(format)), bank,
                EngineConfig.of(rate, block, channels).withRetry(Duration.ofMillis(50), Duration.ofMillis(200),
                        Duration.ofSeconds(2)));
        out.println("latency_samples=" + bank.latencySamples());
        Thread audio = Thread.ofPlatform().name("audio").priority(Thread.MAX_PRIORITY).start(engine);
        Thread.ofVirtual().start(() -> unplugOnRequest(engine));
        LineState seen = LineState.STARTING;
        long openedAt = Long.MAX_VALUE;
        while (engine.counters().blocks() - openedAt < blocks && System.nanoTime() < deadline) {
            LineState now = engine.state();
            if (now.sequence() != seen.sequence()) {
                out.println("state " + (now.online() ? "online " : "offline ") + now.detail());
                openedAt = now.online() ? engine.counters().blocks() : Long.MAX_VALUE;
                seen = now;
            }
            bank.events().drain(e -> out.println(EventJson.format(e, e.channel())));
            out.flush();
            Thread.sleep(5);
        }
        boolean done = engine.counters().blocks() - openedAt >= blocks;
        engine.stop();
        audio.join(5000);
        bank.events().drain(e -> out.println(EventJson.format(e, e.channel())));
        out.println("done blocks=" + engine.counters().blocks() + " underruns=" + engine.counters().underruns()
                + " overruns=" + engine.counters().overruns() + " opens=" + engine.counters().opens());
        out.flush();
        System.exit(done ? 0 : 3);
    }

    private static void unplugOnRequest(AudioEngine engine) {
        try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.strip().equals("unplug")) {
                    engine.forceClose();
                }
            }
        } catch (IOException ignored) {
            // the parent has gone; nothing more will be asked
        }
    }
}
