package dev.rackd.app.audio;

import dev.rackd.app.systemd.RealtimeScheduling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run first on the audio thread: SCHED_FIFO priority and the last CPU for that thread alone (docs/install.md), so
 * that the garbage collector, the JIT compiler and the device loops cannot hold a block back. Refused, it says why in
 * the log and the audio runs at normal priority.
 */
final class AudioThreadPriority {
    private static final Logger LOG = LoggerFactory.getLogger(AudioThreadPriority.class);

    private AudioThreadPriority() {
    }

    static void raise() {
        RealtimeScheduling.Outcome o = RealtimeScheduling.promoteCurrentThread(RealtimeScheduling.AUDIO_PRIORITY,
                RealtimeScheduling.audioCpu());
        if (o.realtime()) {
            LOG.info("audio thread: {}", o.detail());
        } else {
            LOG.warn("audio thread without SCHED_FIFO, at normal priority: {}", o.detail());
        }
    }
}
