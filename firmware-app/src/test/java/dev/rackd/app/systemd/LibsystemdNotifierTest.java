package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends real datagrams through libsystemd to a socket socat listens on, the way systemd's notify socket
 * would receive them.
 */
class LibsystemdNotifierTest {
    /** libsystemd reads NOTIFY_SOCKET from the C environment, which the JVM cannot change any other way. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);
    }

    @TempDir
    Path dir;

    @Test
    void messagesArriveOnTheNotifySocket() throws Exception {
        Path socket = dir.resolve("notify");
        Path received = dir.resolve("received");
        Process socat = new ProcessBuilder("socat", "-u", "UNIX-RECV:" + socket, "CREATE:" + received)
                .redirectErrorStream(true).start();
        LibC libc = Native.load("c", LibC.class);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(socket));
            libc.setenv("NOTIFY_SOCKET", socket.toString(), 1);
            Notifier notifier = Notifier.fromEnvironment(Map.of("NOTIFY_SOCKET", socket.toString()));
            assertThat(notifier.describe()).contains("via libsystemd");

            assertThat(notifier.send("READY=1\nSTATUS=3/3 meters online")).isTrue();
            assertThat(notifier.send("WATCHDOG=1")).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> read(received).contains("WATCHDOG=1"));
            assertThat(read(received)).isEqualTo("READY=1\nSTATUS=3/3 meters onlineWATCHDOG=1");
        } finally {
            libc.unsetenv("NOTIFY_SOCKET");
            socat.destroy();
        }
    }

    @Test
    void withoutANotifySocketEverythingIsDroppedQuietly() {
        Notifier notifier = Notifier.fromEnvironment(Map.of());
        assertThat(notifier.send("READY=1")).isFalse();
        assertThat(notifier.describe()).contains("not started by systemd");
    }

    @Test
    void aSocketThatNobodyListensOnIsNotDelivered() {
        Notifier notifier = Notifier.fromEnvironment(Map.of("NOTIFY_SOCKET", dir.resolve("gone").toString()));
        LibC libc = Native.load("c", LibC.class);
        libc.setenv("NOTIFY_SOCKET", dir.resolve("gone").toString(), 1);
        try {
            assertThat(notifier.send("WATCHDOG=1")).isFalse();
        } finally {
            libc.unsetenv("NOTIFY_SOCKET");
        }
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
