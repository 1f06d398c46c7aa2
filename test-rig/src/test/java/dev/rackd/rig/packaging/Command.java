package dev.rackd.rig.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an outside tool with a time limit and gives back its exit code and merged output. */
record Command(int exit, String output) {
    static Command run(List<String> argv) throws IOException, InterruptedException {
        return run(argv, Map.of(), null);
    }

    /** @param env entries added to the environment; a null value removes the variable */
    static Command run(List<String> argv, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException(argv + " did not finish in 2 minutes");
        }
        return new Command(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** True when the tool is on PATH. */
    static boolean available(String tool) {
        try {
            return run(List.of("sh", "-c", "command -v " + tool)).exit() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The repository's systemd/ folder (tests run with test-rig as working directory). */
    static Path systemdDir() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolveSibling("systemd");
    }
}
