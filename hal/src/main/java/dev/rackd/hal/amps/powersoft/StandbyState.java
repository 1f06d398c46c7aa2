package dev.rackd.hal.amps.powersoft;

/** STANDBY answer. On the wire ON-OFF is 2 for operative and 1 for standby. */
public record StandbyState(boolean ok, boolean standby) {}
