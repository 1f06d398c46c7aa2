package dev.rackd.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The audio thread must not allocate: measured with the JVM's per-thread allocation counter. */
class SteadyStateAllocationTest {

    @Test
    void processingAllocatesNothingOnceWarmEvenWhileNotchesAndEventsAreBusy() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ChainHarness h = new ChainHarness(ChainSettings.defaults(ChainHarness.RATE).withMaxNotches(4)
                .withLiveTiming(0.3, 0.1).withLimiterDbtp(-20));
        float[] busy = ChainHarness.concat(ChainHarness.growingTone(500, 1.2, 1), ChainHarness.growingTone(1500, 1.2, 2),
                ChainHarness.growingTone(2500, 1.2, 3), ChainHarness.noise(1.0, 0.3, 4),
                ChainHarness.growingTone(3500, 1.2, 5), ChainHarness.growingTone(4500, 1.2, 6));
        float[] out = new float[busy.length];
        long[] allocated = new long[3];
        for (int round = 0; round < allocated.length; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int at = 0; at + 64 <= busy.length; at += 64) {
                h.chain.process(busy, out, at, 64);
            }
            allocated[round] = threads.getCurrentThreadAllocatedBytes() - before;
            h.events.drain(e -> { });
            h.meters.drain(m -> { });
            h.chain.clearLiveNotches();
        }
        assertThat(h.events.dropped()).isZero();
        assertThat(allocated[allocated.length - 1]).as("bytes allocated by %s blocks", busy.length / 64).isZero();
    }
}
