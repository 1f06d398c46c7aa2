package dev.rackd.hal.amps.powersoft;

/** READLOADMONITOR answer: the amp's own load-monitor window for one channel. */
public record LoadMonitorSettings(boolean ok, int channel, boolean enabled, int frequencyHz, double lowOhms,
        double highOhms) {}
