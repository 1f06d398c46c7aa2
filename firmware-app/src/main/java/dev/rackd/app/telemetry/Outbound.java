package dev.rackd.app.telemetry;

/**
 * One message waiting to go to the broker.
 *
 * @param correlationData MQTT 5 correlation data of a reply, or null
 */
record Outbound(String topic, byte[] payload, int qos, boolean retained, byte[] correlationData) {}
