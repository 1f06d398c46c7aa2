package dev.rackd.hal.amps.aes70;

/** A property of a class: level of the defining class and index there. {@code 4.1} on an OcaGain is Gain. */
public record OcaPropertyId(int level, int index) {
    public OcaPropertyId {
        Ocp1Bounds.u16("property level", level);
        Ocp1Bounds.u16("property index", index);
    }

    @Override
    public String toString() {
        return level + "." + index;
    }
}
