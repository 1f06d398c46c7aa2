package dev.rackd.hal.amps.aes70;

/** An event of a class: level and index. {@code 1.1} (OcaRoot) is PropertyChanged. */
public record OcaEventId(int level, int index) {
    public static final OcaEventId PROPERTY_CHANGED = new OcaEventId(1, 1);

    public OcaEventId {
        Ocp1Bounds.u16("event level", level);
        Ocp1Bounds.u16("event index", index);
    }
}
