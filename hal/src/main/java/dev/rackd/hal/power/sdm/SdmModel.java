package dev.rackd.hal.power.sdm;

import java.util.List;

/**
 * Eastron meters and the input-register blocks one poll reads (function 0x04). Addresses from the
 * SDM630-Modbus V2 and SDM120-Modbus manuals; each block stays under the meters' limit of 40 values
 * (80 registers) per request.
 */
public enum SdmModel {
    /**
     * Three phases: V, A, W, VA, VAr, PF for L1-L3 (0x0000-0x0023), Hz + import kWh, neutral A (0x00E0). Measures
     * 100-289 V phase to neutral (the SDM630-Modbus V2 data sheet).
     */
    SDM630(3, List.of(new Block(0x0000, 36), new Block(0x0046, 4), new Block(0x00E0, 2)), 100, 289),
    /**
     * One phase: V, A, W, VA, VAr, PF (0x0000-0x001F), Hz + import kWh (0x0046-0x0049). Operates on 161-300 V (the
     * SDM120 data sheet).
     */
    SDM120(1, List.of(new Block(0x0000, 32), new Block(0x0046, 4)), 161, 300);

    /** {@code count} registers from {@code start}. */
    public record Block(int start, int count) {}

    private final int phases;
    private final List<Block> blocks;
    private final double minVoltage;
    private final double maxVoltage;

    SdmModel(int phases, List<Block> blocks, double minVoltage, double maxVoltage) {
        this.phases = phases;
        this.blocks = blocks;
        this.minVoltage = minVoltage;
        this.maxVoltage = maxVoltage;
    }

    /** The lowest phase voltage the data sheet gives; below it the meter still reads (a sag). */
    public double minVoltage() {
        return minVoltage;
    }

    /** The highest phase voltage the meter measures; above it a reading is a fault that keeps its number. */
    public double maxVoltage() {
        return maxVoltage;
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
