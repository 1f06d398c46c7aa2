package dev.rackd.hal.amps.aes70;

/**
 * Which method of an object a command calls: the tree level of the class that defines it and its index
 * there (AES70-1). {@code 4.2} on an OcaGain is SetGain.
 */
public record OcaMethodId(int level, int index) {
    public OcaMethodId {
        Ocp1Bounds.u16("method level", level);
        Ocp1Bounds.u16("method index", index);
    }

    @Override
    public String toString() {
        return level + "." + index;
    }
}
