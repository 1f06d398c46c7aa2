package dev.rackd.app.telemetry;

import java.util.concurrent.CompletableFuture;

/**
 * One message waiting to go to the broker.
 *
 * @param correlationData MQTT 5 correlation data of a reply, or null
 * @param acked           completed once the broker acknowledged it, for a sender that waits for that; or null
 * @param connection      which connection of the link it was handed over on: a message whose sender waits for
 *                        the acknowledgement goes out on that connection or not at all
 */
record Outbound(String topic, byte[] payload, int qos, boolean retained, byte[] correlationData,
        CompletableFuture<Void> acked, long connection) {

    /** A message nobody waits for. */
    Outbound(String topic, byte[] payload, int qos, boolean retained, byte[] correlationData) {
        this(topic, payload, qos, retained, correlationData, null, 0);
    }

    /** This message will never be sent. */
    void fail(String why) {
        if (acked != null) {
            acked.completeExceptionally(new IllegalStateException(why));
        }
    }

    /** A newer state of the same retained topic took this one's place: its acknowledgement stands for both. */
    void supersededBy(Outbound newer) {
        if (acked == null) {
            return;
        }
        if (newer.acked != null) {
            newer.acked.whenComplete((ok, err) -> {
                if (err == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(err);
                }
            });
        } else {
            acked.completeExceptionally(new IllegalStateException("replaced by a newer message to " + topic
                    + " before it was sent"));
        }
    }
}
