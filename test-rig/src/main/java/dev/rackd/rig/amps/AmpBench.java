package dev.rackd.rig.amps;

import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.aes70.Aes70Amp;
import dev.rackd.hal.amps.aes70.Aes70Settings;
import dev.rackd.hal.amps.aes70.OcaController;
import dev.rackd.hal.amps.aes70.OcaGain;
import dev.rackd.hal.amps.powersoft.PowersoftAmp;
import dev.rackd.hal.amps.powersoft.PowersoftSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prints how long rackd takes to notice an amp dropping off the network, and the round trip of a crew
 * command (write, the amp's answer, read-back) and of a single read, against the simulated amps over real
 * sockets on 127.0.0.1 with the drivers' production settings. Run once, at the end; see docs/amplifiers.md.
 *
 * <p>Arguments: {@code [commands per protocol] [drop-offs per protocol]}, default 2000 and 10.
 */
public final class AmpBench {
    private static final Map<String, Long> OBJECTS = Map.of("ch1_gain", 0x10001L, "ch1_mute", 0x10002L,
            "ch1_temperature", 0x10003L, "ch1_impedance", 0x10004L, "ch2_gain", 0x20001L, "ch2_mute", 0x20002L);

    private AmpBench() {}

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int drops = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf(Locale.ROOT, "rackd amp bench: %d commands, %d drop-offs per protocol; %s, %d cores%n",
                commands, drops, Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (PowersoftSimulator sim = new PowersoftSimulator(new SimulatedAmp(4, 1.0), "bench", 0)) {
            PowersoftSettings s = PowersoftSettings.of("ps", "127.0.0.1", sim.port(), 4, Duration.ofSeconds(1));
            System.out.printf(Locale.ROOT, "Powersoft UDP (poll %d ms, answer timeout %d ms, %d retries)%n",
                    s.poll().toMillis(), s.timeout().toMillis(), s.retries());
            bench(() -> new PowersoftAmp(s), sim.faults(), commands, drops, null);
        }
        try (Aes70Simulator sim = new Aes70Simulator(new SimulatedAmp(2, 1.0), OBJECTS, 0)) {
            Aes70Settings s = Aes70Settings.of("oca", "127.0.0.1", sim.port(), 2, OBJECTS, Duration.ofSeconds(1));
            System.out.printf(Locale.ROOT, "AES70 OCP.1 TCP (poll %d ms, keep-alive %d ms, gone after %d ms of silence)%n",
                    s.poll().toMillis(), s.options().heartbeat().toMillis(), s.options().deadAfter().toMillis());
            try (OcaController raw = OcaController.connect("127.0.0.1", sim.port(), OcaController.Options.defaults(), r -> { })) {
                OcaGain gain = new OcaGain(raw, 0x10001L);
                print("  one GetGain", time(commands, () -> {
                    long t0 = System.nanoTime();
                    gain.get().get(5, TimeUnit.SECONDS);
                    return System.nanoTime() - t0;
                }));
            }
            bench(() -> new Aes70Amp(s), sim.faults(), commands, drops, sim);
        }
    }

    private static void bench(java.util.function.Supplier<AmpControl> make, SimFaults faults, int commands, int drops,
            Aes70Simulator aes70) throws Exception {
        RecordingListener seen = new RecordingListener();
        try (AmpControl amp = make.get()) {
            amp.start(seen);
            waitFor(amp::online, Duration.ofSeconds(10));
            if (aes70 == null) {
                print("  one read (READGM)", time(commands, () -> {
                    long t0 = System.nanoTime();
                    amp.readSettings().get(5, TimeUnit.SECONDS);
                    return System.nanoTime() - t0;
                }));
            }
            long[] flips = {0};
            print("  mute command (write, echo, read-back)", time(commands, () -> {
                long t0 = System.nanoTime();
                amp.setMute(1, flips[0]++ % 2 == 0).get(5, TimeUnit.SECONDS);
                return System.nanoTime() - t0;
            }));
            long[] notice = new long[drops];
            long[] back = new long[drops];
            for (int i = 0; i < drops; i++) {
                Thread.sleep(300 + 97L * i % 700); // drop at different points of the poll cycle
                int before = seen.changes().size();
                long t0 = System.nanoTime();
                faults.offline(true);
                waitFor(() -> seen.changes().size() > before, Duration.ofSeconds(30));
                notice[i] = seen.changes().get(before).nanos() - t0;
                long t1 = System.nanoTime();
                faults.offline(false);
                waitFor(amp::online, Duration.ofSeconds(30));
                back[i] = System.nanoTime() - t1;
            }
            print("  notice a drop-off", notice);
            print("  online again after it returns", back);
        }
    }

    @FunctionalInterface
    private interface Sample {
        long nanos() throws Exception;
    }

    private static long[] time(int n, Sample sample) throws Exception {
        for (int i = 0; i < Math.min(200, n); i++) {
            sample.nanos(); // warm-up
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample.nanos();
        }
        return out;
    }

    private static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-42s n=%-5d p50 %9.3f ms  p99 %9.3f ms  max %9.3f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)] / 1e6,
                s[s.length - 1] / 1e6);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up after " + max.toSeconds() + " s");
            }
            Thread.sleep(1);
        }
    }
}
