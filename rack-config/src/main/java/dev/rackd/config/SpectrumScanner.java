package dev.rackd.config;

/** An RF Explorer on USB serial. */
public record SpectrumScanner(String id, String label, String port, int baud) {}
