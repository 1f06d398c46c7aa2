package dev.rackd.hal.power.sdm;

import java.util.List;

/**
 * Eastron meters and the input-register blocks one poll reads (function 0x04). Addresses from the
 * SDM630-Modbus V2 and SDM120-Modbus manuals; each block stays under the meters' limit of 40 values
 * (80 registers) per request.
 */
public enum SdmModel {
    /** Three phases: V, A, W, VA, VAr, PF for L1-L3 (0x0000-0x0023), Hz + import kWh, neutral A (0x00E0). */
    SDM630(3, List.of(new Block(0x0000, 36), new Block(0x0046, 4), new Block(0x00E0, 2))),
    /** One phase: V, A, W, VA, VAr, PF (0x0000-0x001F), Hz + import kWh (0x0046-0x0049). */
    SDM120(1, List.of(new Block(0x0000, 32), new Block(0x0046, 4)));

    /** {@code count} registers from {@code start}. */
    public record Block(int start, int count) {}

    private final int phases;
    private final List<Block> blocks;

    SdmModel(int phases, List<Block> blocks) {
        this.phases = phases;
        this.blocks = blocks;
    }

    public int phases() {
        return phases;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public boolean hasNeutral() {
        return this == SDM630;
    }
}
