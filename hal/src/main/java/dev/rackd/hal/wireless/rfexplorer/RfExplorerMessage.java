package dev.rackd.hal.wireless.rfexplorer;

/** One message from an RF Explorer, cut from the serial stream by {@link RfExplorerFramer}. */
public sealed interface RfExplorerMessage {
    /** {@code #C2-M:<main>,<expansion>,<firmware>}: model codes (255 = no expansion module). */
    record Model(int mainModel, int expansionModel, String firmware) implements RfExplorerMessage {}

    /**
     * {@code #C2-F:<start kHz>,<step Hz>,<top dBm>,<bottom dBm>,<points>,...}: the span the sweeps now cover.
     *
     * @param minKhz     lowest frequency the unit tunes (0 if not sent)
     * @param maxKhz     highest (0 if not sent)
     * @param maxSpanKhz widest span one sweep may cover (0 if not sent)
     */
    record Config(long startKhz, long stepHz, int topDbm, int bottomDbm, int points, long minKhz, long maxKhz,
            long maxSpanKhz) implements RfExplorerMessage {
        /** Frequency of sweep point i, in kHz rounded to the nearest. */
        public long pointKhz(int i) {
            return startKhz + Math.round(i * (double) stepHz / 1000.0);
        }
    }

    /** A sweep: levels in dBm, one per point ({@code dBm = -byte / 2}). */
    record Sweep(double[] levelsDbm) implements RfExplorerMessage {}

    /** Any other text line the unit sends. */
    record Text(String line) implements RfExplorerMessage {}
}
