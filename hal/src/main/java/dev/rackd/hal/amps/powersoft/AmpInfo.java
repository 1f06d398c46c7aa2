package dev.rackd.hal.amps.powersoft;

/** INFO answer: four NUL-terminated strings of at most 31 characters. */
public record AmpInfo(String manufacturer, String family, String model, String serial) {}
