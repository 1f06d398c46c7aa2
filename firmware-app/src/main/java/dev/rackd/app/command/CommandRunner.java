package dev.rackd.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs handlers one at a time on the command thread (so two crew members cannot interleave half of a
 * sequence each), with a bounded queue ({@code busy} when full) and a time limit per handler.
 */
final class CommandRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);
    static final int QUEUE = 64;

    interface Work {
        Object call() throws CommandException;
    }

    private final Duration timeout;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "rackd-commands");
                t.setDaemon(true);
                return t;
            });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rackd-command-watchdog");
        t.setDaemon(true);
        return t;
    });

    CommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** Exactly one of {@code ok} and {@code failed} is called, exactly once. */
    void run(String name, Work work, Consumer<JsonNode> ok, Consumer<CommandException> failed) {
        AtomicBoolean answered = new AtomicBoolean();
        Future<?> f;
        try {
            f = thread.submit(() -> {
                JsonNode result;
                try {
                    result = Json.MAPPER.valueToTree(work.call());
                } catch (CommandException e) {
                    if (answered.compareAndSet(false, true)) {
                        failed.accept(e);
                    }
                    return;
                } catch (RuntimeException e) {
                    LOG.error("command '{}' failed", name, e);
                    if (answered.compareAndSet(false, true)) {
                        failed.accept(new CommandException(ErrorCode.INTERNAL, "'" + name + "' failed inside rackd"
                                + (e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage())
                                + "; its effect is unknown, check the rack's state (the log has the details)"));
                    }
                    return;
                }
                if (answered.compareAndSet(false, true)) {
                    ok.accept(result);
                }
            });
        } catch (RejectedExecutionException e) {
            failed.accept(new CommandException(ErrorCode.BUSY, QUEUE
                    + " commands are already waiting; try again in a moment"));
            return;
        }
        watchdog.schedule(() -> {
            if (!f.isDone() && answered.compareAndSet(false, true)) {
                f.cancel(true);
                failed.accept(new CommandException(ErrorCode.INTERNAL, "'" + name + "' did not finish within "
                        + timeout.toSeconds() + " s; its effect is unknown, check the rack's state"));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        watchdog.shutdownNow();
    }
}
