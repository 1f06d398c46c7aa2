package dev.rackd.app.systemd;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * Gives the calling thread, and only it, SCHED_FIFO priority and a CPU of its own. Running the whole
 * JVM under chrt would put the GC, the JIT and every other thread at real-time priority and could
 * starve the system; the audio thread alone needs to win against them. The unit's LimitRTPRIO= lets an
 * unprivileged process do this, and nothing more.
 */
public final class RealtimeScheduling {
    /** What was applied; {@code detail} says why not, in words for the log. */
    public record Outcome(boolean realtime, boolean pinned, String detail) {}

    /** The priority the unit's LimitRTPRIO= allows. */
    public static final int AUDIO_PRIORITY = 60;

    private static final int SCHED_FIFO = 1;
    private static final int CPU_SET_LONGS = 16; // glibc's cpu_set_t: 1024 bits

    interface LibC extends Library {
        int sched_setscheduler(int pid, int policy, int[] param) throws LastErrorException;

        int sched_setaffinity(int pid, NativeLong size, long[] mask) throws LastErrorException;
    }

    private RealtimeScheduling() {}

    /** The last CPU: the one to keep for audio on a Pi 4 (optionally isolated with isolcpus=3). */
    public static int audioCpu() {
        return Runtime.getRuntime().availableProcessors() - 1;
    }

    /**
     * Call once from the audio thread itself, before its loop (it allocates and may fail). Never throws.
     *
     * @param cpu the CPU to pin to, or -1 to leave affinity alone
     */
    public static Outcome promoteCurrentThread(int fifoPriority, int cpu) {
        if (Thread.currentThread().isVirtual()) {
            return new Outcome(false, false, "a virtual thread cannot own a real-time priority; use a platform thread");
        }
        LibC libc;
        try {
            libc = Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return new Outcome(false, false, "libc not reachable through JNA: " + e.getMessage());
        }
        StringBuilder detail = new StringBuilder();
        boolean realtime = false;
        try {
            libc.sched_setscheduler(0, SCHED_FIFO, new int[] {fifoPriority}); // pid 0: this thread only
            realtime = true;
            detail.append("SCHED_FIFO ").append(fifoPriority);
        } catch (LastErrorException e) {
            detail.append("no real-time priority (errno ").append(e.getErrorCode())
                    .append("; the unit needs LimitRTPRIO>=").append(fifoPriority).append(')');
        }
        boolean pinned = false;
        if (cpu >= 0 && cpu < CPU_SET_LONGS * 64) {
            long[] mask = new long[CPU_SET_LONGS];
            mask[cpu / 64] = 1L << (cpu % 64);
            try {
                libc.sched_setaffinity(0, new NativeLong(CPU_SET_LONGS * 8L), mask);
                pinned = true;
                detail.append(", pinned to CPU ").append(cpu);
            } catch (LastErrorException e) {
                detail.append(", not pinned to CPU ").append(cpu).append(" (errno ").append(e.getErrorCode()).append(')');
            }
        }
        return new Outcome(realtime, pinned, detail.toString());
    }
}
