package dev.rackd.hal.amps.powersoft;

/**
 * The load part of a READALARMS answer for one channel: the measured impedance of what is connected.
 *
 * @param nominalOhms broadband nominal impedance (NI_RMS), NaN when the amp marks it not valid
 * @param pilotOhms   impedance at the pilot-tone frequency (PT_NI_RMS), NaN when not valid
 */
public record LoadReading(boolean ok, int channel, double nominalOhms, double pilotOhms) {}
