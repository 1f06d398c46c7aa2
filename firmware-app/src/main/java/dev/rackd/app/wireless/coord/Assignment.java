package dev.rackd.app.wireless.coord;

/** The frequency coordinated for one system. */
public record Assignment(String systemId, long frequencyKhz, int tvChannel, boolean locked) {}
