package dev.rackd.rig.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code rackd} as the crew runs it: a separate JVM ({@code dev.rackd.app.Main}) on the test class path,
 * its output in a log file. {@link #stop()} is SIGTERM, {@link #crash()} SIGKILL. Public for the domains' own
 * end-to-end tests in their packages.
 */
public final class RackdProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private RackdProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static RackdProcess start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        // a small client JVM: rackd on a Pi runs with the same kind of flags
        cmd.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        // its temporary folders (left behind when a test kills it) go into the test's own folder
        cmd.add("-Djava.io.tmpdir=" + log.getParent());
        cmd.addAll(List.of("-cp", classPath(), "dev.rackd.app.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new RackdProcess(p, log);
    }

    /** Surefire passes the real test class path in this property; java.class.path may be its booter jar. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then the exit code (or -1 after the timeout). */
    public int stop() throws InterruptedException {
        process.destroy();
        return exitCode(20);
    }

    /** SIGKILL: no goodbye, the broker must publish the Last Will. */
    public void crash() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    public int exitCode(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
