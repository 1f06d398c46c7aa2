package dev.rackd.app.wireless;

import java.util.concurrent.CompletableFuture;

/** What the wireless domain needs from a receiver driver: is it there, and tune a channel with read-back. */
public interface ReceiverPort {
    String id();

    boolean online();

    /** Completes with the frequency the receiver reports back after the change. */
    CompletableFuture<Long> tune(int channel, long khz);
}
