package dev.rackd.rig.bench;

import dev.rackd.app.core.FileTrees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

/**
 * Start-up time and memory of {@code rackd run --simulate} with the embedded broker, measured from outside
 * as the crew would: time from starting the process to the first telemetry message a client receives,
 * resident memory (VmRSS from /proc) after a while, telemetry rate, and time to a clean stop.
 *
 * <pre>java -cp firmware-app/target/rackd.jar dev.rackd.rig.bench.RackdBench [--seconds 60]
 *      [--config FILE] [--flags "JVM FLAGS"]...</pre>
 *
 * Each {@code --flags} runs rackd once with those JVM flags. Not a test: it prints figures for docs/performance.md.
 */
public final class RackdBench {
    private RackdBench() {}

    private record Run(String flags, long firstTelemetryMillis, long rssKb, long peakRssKb, double messagesPerSecond,
            long stopMillis, int exitCode) {}

    public static void main(String[] args) throws Exception {
        long seconds = 60;
        Path config = Path.of("rack-config/examples/touring-rack.yaml");
        List<String> flagSets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--config" -> config = Path.of(args[++i]);
                case "--flags" -> flagSets.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (flagSets.isEmpty()) {
            flagSets.add("-XX:+UseSerialGC -Xmx128m");
        }
        String jar = Path.of(RackdBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        System.out.printf("rackd bench: %s, Java %s, %d CPUs, %s for %d s each%n", config, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), jar, seconds);
        List<Run> runs = new ArrayList<>();
        for (String flags : flagSets) {
            runs.add(run(java, jar, flags, config, seconds));
        }
        System.out.println();
        System.out.println("| JVM flags | first telemetry | RSS after " + seconds + " s | peak RSS | telemetry msg/s"
                + " | clean stop | exit |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Run r : runs) {
            System.out.printf("| `%s` | %d ms | %d MB | %d MB | %.0f | %d ms | %d |%n", r.flags(),
                    r.firstTelemetryMillis(), r.rssKb() / 1024, r.peakRssKb() / 1024, r.messagesPerSecond(),
                    r.stopMillis(), r.exitCode());
        }
    }

    private static Run run(String java, String jar, String flags, Path config, long seconds) throws Exception {
        int port = freePort();
        Path dir = Files.createTempDirectory("rackd-bench-");
        Path show = dir.resolve(config.getFileName());
        // the same rack, its embedded broker on a free port
        Files.writeString(show, Files.readString(config).replaceFirst("(?m)^mqtt:\\s*$",
                "mqtt:\n  embedded: {host: 127.0.0.1, port: " + port + "}"));
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(flags.trim().split("\\s+")));
        cmd.addAll(List.of("-Djava.io.tmpdir=" + dir, "-jar", jar, "run", "--config", show.toString(), "--simulate"));
        System.out.println("running: " + String.join(" ", cmd));

        long t0 = System.nanoTime();
        Process rackd = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("rackd.log").toFile()).start();
        AtomicLong first = new AtomicLong();
        AtomicLong count = new AtomicLong();
        MqttClient client = connectWhenUp("tcp://127.0.0.1:" + port, rackd);
        client.subscribe(new MqttSubscription[] {new MqttSubscription("rackd/+/devices/#", 0)},
                new IMqttMessageListener[] {(t, m) -> {
                    first.compareAndSet(0, System.nanoTime());
                    count.incrementAndGet();
                }});
        while (first.get() == 0 && rackd.isAlive()) {
            Thread.sleep(5);
        }
        if (!rackd.isAlive()) {
            throw new IllegalStateException("rackd ended early: " + Files.readString(dir.resolve("rackd.log")));
        }
        long firstMillis = TimeUnit.NANOSECONDS.toMillis(first.get() - t0);
        long countAtFirst = count.get();
        Thread.sleep(Math.max(0, TimeUnit.SECONDS.toMillis(seconds) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)));
        long window = System.nanoTime() - first.get();
        double rate = (count.get() - countAtFirst) / (window / 1e9);
        long rss = status(rackd.pid(), "VmRSS");
        long peak = status(rackd.pid(), "VmHWM");
        client.disconnect();
        client.close();
        long s0 = System.nanoTime();
        rackd.destroy();
        int exit = rackd.waitFor(30, TimeUnit.SECONDS) ? rackd.exitValue() : -1;
        long stop = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);
        FileTrees.deleteQuietly(dir);
        return new Run(flags, firstMillis, rss, peak, rate, stop, exit);
    }

    private static MqttClient connectWhenUp(String uri, Process rackd) throws MqttException, InterruptedException {
        MqttClient c = new MqttClient(uri, "bench", new MemoryPersistence());
        while (true) {
            try {
                c.connect();
                return c;
            } catch (MqttException notYet) {
                if (!rackd.isAlive()) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    /** A line of /proc/PID/status in kB. */
    private static long status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
