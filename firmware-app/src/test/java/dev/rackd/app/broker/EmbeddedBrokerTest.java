package dev.rackd.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.core.StartupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {
    @Test
    void aTakenPortIsOneClearLineThatSuggestsBroker() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedBroker.start("127.0.0.1", port))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + port + " on 127.0.0.1 is already taken")
                    .hasMessageContaining("--broker tcp://127.0.0.1:" + port)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                    .extracting(e -> ((StartupException) e).exitCode()).isEqualTo(StartupException.ENVIRONMENT);
        }
    }

    @Test
    void startsOnLoopbackServesMqttAndNeverCallsHome() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path home;
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", port)) {
            home = broker.home();
            assertThat(home).isDirectory();
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .noneMatch(n -> n.startsWith("usage-statistics"));
            MqttClient client = new MqttClient(broker.uri(), "probe", new MemoryPersistence());
            try {
                client.connect();
                client.publish("rackd/t/status", "online".getBytes(StandardCharsets.UTF_8), 1, true);
                BlockingQueue<String> got = new LinkedBlockingQueue<>();
                client.subscribe(new MqttSubscription[] {new MqttSubscription("rackd/#", 1)},
                        new IMqttMessageListener[] {(t, m) -> got.add(t + " " + new String(m.getPayload(),
                                StandardCharsets.UTF_8))});
                assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo("rackd/t/status online");
                client.disconnect();
            } finally {
                client.close();
            }
        }
        assertThat(home).doesNotExist();
    }
}
