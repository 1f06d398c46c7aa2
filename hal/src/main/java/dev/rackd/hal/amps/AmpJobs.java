package dev.rackd.hal.amps;

import dev.rackd.hal.FailureWords;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Crew commands waiting for an amp driver's own thread, which alone touches the connection. A command
 * for an amp that is offline is refused at once, before anything is queued or sent.
 *
 * @param <L> what a job runs against: the driver's link or connection
 */
public final class AmpJobs<L> {
    private final BlockingQueue<Job<L, ?>> queue = new LinkedBlockingQueue<>();
    private final Supplier<AmpCommandException> offline;

    /** @param offline the refusal for a command while the amp is offline, in the crew's words */
    public AmpJobs(Supplier<AmpCommandException> offline) {
        this.offline = offline;
    }

    @FunctionalInterface
    public interface Step<L, T> {
        T run(L link) throws Exception;
    }

    /** Queues the step if {@code accepting}, otherwise refuses it as offline. */
    public <T> CompletableFuture<T> submit(boolean accepting, Step<L, T> step) {
        if (!accepting) {
            return CompletableFuture.failedFuture(offline.get());
        }
        Job<L, T> job = new Job<>(step, new CompletableFuture<>());
        queue.add(job);
        return job.result;
    }

    /** The next job within the wait, or null; an interrupt ends the wait early with null. */
    public Job<L, ?> take(long nanos) {
        try {
            return queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Refuses everything waiting. */
    public void refuseAll(String reason) {
        Job<L, ?> job;
        while ((job = queue.poll()) != null) {
            job.refuse(new AmpCommandException(Reason.OFFLINE, reason));
        }
    }

    public AmpCommandException offline() {
        return offline.get();
    }

    /**
     * Waits while the amp is offline: every job that arrives is refused at once, and {@code tick} runs at
     * least once a second so the driver's progress counter keeps moving for the watchdog.
     */
    public void idle(Duration wait, BooleanSupplier running, Runnable tick) {
        long end = System.nanoTime() + wait.toNanos();
        while (running.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Job<L, ?> job = take(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            if (job != null) {
                job.refuse(offline.get());
            }
            tick.run();
        }
    }

    /** One queued command and where its result goes. */
    public static final class Job<L, T> {
        private final Step<L, T> step;
        private final CompletableFuture<T> result;

        private Job(Step<L, T> step, CompletableFuture<T> result) {
            this.step = step;
            this.result = result;
        }

        /** Runs the step; whatever goes wrong completes the result, never the caller's loop. */
        public void runOn(L link) {
            try {
                result.complete(step.run(link));
            } catch (AmpCommandException e) {
                result.completeExceptionally(e);
            } catch (Exception e) {
                result.completeExceptionally(new AmpCommandException(Reason.NO_ANSWER,
                        "the connection failed during the command (" + FailureWords.of(e)
                                + "); the amp's state is unknown until the next read"));
            }
        }

        public void refuse(AmpCommandException e) {
            result.completeExceptionally(e);
        }
    }
}
