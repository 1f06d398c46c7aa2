package dev.rackd.config;

/**
 * The rack itself and the mains it expects.
 *
 * @param id    MQTT-safe id: lower case letters, digits and '-'; used in every topic
 * @param name  what the crew calls it ("FOH Rack A")
 * @param mains nominal voltage/frequency and whether a generator feeds it
 */
public record RackInfo(String id, String name, MainsSettings mains) {}
