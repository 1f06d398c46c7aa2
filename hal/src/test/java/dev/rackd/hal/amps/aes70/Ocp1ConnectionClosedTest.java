package dev.rackd.hal.amps.aes70;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A command to an amp whose connection has already gone is known not to have been sent: the crew is told so. */
class Ocp1ConnectionClosedTest {

    @Test
    void aCallAfterTheConnectionClosedIsNotSentRatherThanOfUnknownOutcome() throws Exception {
        try (ServerSocketChannel amp = ServerSocketChannel.open()) {
            amp.bind(new InetSocketAddress("127.0.0.1", 0));
            SocketChannel channel = SocketChannel.open(amp.getLocalAddress());
            channel.configureBlocking(false);
            try (SocketChannel accepted = amp.accept()) {
                Ocp1Connection c = new Ocp1Connection(channel, "amp-b", OcaController.Options.defaults(), n -> { },
                        reason -> { });
                c.close("amp-b stopped answering");
                var call = c.call(4096, new OcaMethodId(4, 2), 0, Ocp1Bytes.EMPTY);
                ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> call.get(2, TimeUnit.SECONDS));
                assertThat(e.getCause()).isInstanceOfSatisfying(OcaCallException.class, oca -> {
                    assertThat(oca.kind()).isEqualTo(OcaCallException.Kind.NOT_SENT);
                    assertThat(oca.getMessage()).contains("amp-b stopped answering");
                });
                assertThat(accepted.isOpen()).isTrue();
            }
        }
    }
}
