package dev.rackd.app.core;

import java.util.function.BiConsumer;

/**
 * The rack's MQTT voice for domain code that does not produce readings. Topics are relative to
 * {@code rackd/<rack-id>/}. Never blocks: messages are buffered while the broker is away.
 */
public interface Messaging {
    void publish(String subtopic, byte[] payload, boolean retained);

    /** Subscribes under {@code rackd/<rack-id>/}; the handler gets the subtopic and the payload. */
    void subscribe(String subtopicFilter, BiConsumer<String, byte[]> handler);
}
