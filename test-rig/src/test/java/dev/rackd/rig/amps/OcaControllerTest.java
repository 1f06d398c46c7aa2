package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.amps.aes70.OcaCallException;
import dev.rackd.hal.amps.aes70.OcaController;
import dev.rackd.hal.amps.aes70.OcaFloatSensor;
import dev.rackd.hal.amps.aes70.OcaGain;
import dev.rackd.hal.amps.aes70.OcaMute;
import dev.rackd.hal.amps.aes70.OcaStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-alone controller against the simulated device: statuses, timeouts, notifications, keep-alive. */
class OcaControllerTest {
    private final SimulatedAmp model = new SimulatedAmp(2, 1.0);
    private final AtomicReference<String> closedBecause = new AtomicReference<>();
    private Aes70Simulator sim;
    private OcaController c;

    private final AtomicLong closedAt = new AtomicLong();
    private final AtomicLong lastSendAtClose = new AtomicLong();
    private long connectedAt;
    private static final long DEAD_MILLIS = 1500;

    @BeforeEach
    void connect() throws Exception {
        sim = new Aes70Simulator(model, Aes70AmpTest.OBJECTS, 0);
        connectedAt = System.nanoTime(); // the controller counts silence from no earlier than this
        // a dead time five keep-alives long: a loaded machine may hold one keep-alive back, not four
        c = OcaController.connect("127.0.0.1", sim.port(), new OcaController.Options(Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ofMillis(DEAD_MILLIS), Duration.ofMillis(300)), reason -> {
                    closedAt.set(System.nanoTime());
                    lastSendAtClose.set(sim.lastSendNanos());
                    closedBecause.set(reason);
                });
    }

    @AfterEach
    void close() {
        c.close();
        sim.close();
    }

    @Test
    void typedGettersAndSetters() throws Exception {
        assertThat(new OcaGain(c, 0x1001).get().get(2, TimeUnit.SECONDS)).isEqualTo(new OcaGain.Value(0.0, -60.0, 15.0));
        new OcaMute(c, 0x2002).set(true).get(2, TimeUnit.SECONDS);
        assertThat(new OcaMute(c, 0x2002).get().get(2, TimeUnit.SECONDS)).isTrue();
        assertThat(new OcaFloatSensor(c, 0x1003).get().get(2, TimeUnit.SECONDS).reading()).isEqualTo(30.0);
    }

    @Test
    void anUnknownObjectIsTheDevicesBadONo() {
        var f = new OcaGain(c, 0x9999).get();
        assertThat(f).failsWithin(Duration.ofSeconds(2)).withThrowableOfType(ExecutionException.class)
                .satisfies(e -> assertThat(((OcaCallException) e.getCause()).status()).isEqualTo(OcaStatus.BAD_ONO));
    }

    @Test
    void aSlowAnswerTimesOutButTheConnectionLives() throws Exception {
        sim.faults().slow(600);
        assertThat(new OcaGain(c, 0x1001).get()).failsWithin(Duration.ofSeconds(2)).withThrowableOfType(ExecutionException.class)
                .satisfies(e -> assertThat(((OcaCallException) e.getCause()).kind()).isEqualTo(OcaCallException.Kind.TIMEOUT));
        sim.faults().slow(0);
        // The device is still sleeping over the late answer (600 ms from the first call), so a call made now may
        // time out as well on a loaded machine: what matters is that the same connection answers again.
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(new OcaGain(c, 0x1001).get().get(2, TimeUnit.SECONDS).gainDb()).isZero());
        assertThat(c.isOpen()).isTrue();
        assertThat(closedBecause.get()).isNull();
    }

    @Test
    void subscribedPropertiesReportEachNewValue() throws Exception {
        List<Double> gains = new CopyOnWriteArrayList<>();
        new OcaGain(c, 0x1001).onChange(gains::add).get(2, TimeUnit.SECONDS);
        model.setGain(1, -3.0);
        model.setGain(1, -4.5);
        await().atMost(Duration.ofSeconds(15)).until(() -> gains.size() >= 2);
        assertThat(gains).containsExactly(-3.0, -4.5);
    }

    @Test
    void theDeviceSendsKeepAlivesSoAnIdleConnectionStaysOpen() throws Exception {
        Thread.sleep(2 * DEAD_MILLIS);
        assertThat(c.isOpen()).isTrue();
        assertThat(closedBecause.get()).isNull();
    }

    @Test
    void aSilentDeviceIsDeclaredGoneAfterTheDeadTime() {
        // Measured from the device's last message, taken at the moment the controller closes (not from when
        // the test pulled the cable nor when a poll noticed): a loaded machine cannot move either end.
        long deadAfterNanos = Duration.ofMillis(DEAD_MILLIS).toNanos();
        await().atMost(Duration.ofSeconds(15)).until(() -> sim.lastSendNanos() > connectedAt); // it has talked
        sim.faults().offline(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !c.isOpen());
        assertThat(closedBecause.get()).contains("no message").contains(DEAD_MILLIS + " ms");
        long silence = closedAt.get() - Math.max(connectedAt, lastSendAtClose.get());
        assertThat(silence).as("silence before the controller gave up, ns").isGreaterThan(deadAfterNanos)
                .isLessThan(deadAfterNanos + Duration.ofSeconds(1).toNanos());
        assertThat(new OcaGain(c, 0x1001).get()).failsWithin(Duration.ofSeconds(1));
    }
}
