package dev.rackd.hal.amps.powersoft;

/**
 * The answer to WRITEOUTMUTE or WRITEOUTGAIN: the channel and value the amp says it applied.
 *
 * @param value the mute flag (0/1) or the gain in hundredths of a dB
 */
public record WriteEcho(boolean ok, int channel, int value) {}
