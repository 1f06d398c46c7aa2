package dev.rackd.app.wireless.coord;

import dev.rackd.config.CoordinationSettings.Profile;
import java.util.Locale;

/**
 * Equipment compatibility profiles with Wireless Workbench's three levels. Values in kHz:
 * carrier spacing, 2Tx 3rd, 2Tx 5th, 2Tx 7th, 3Tx 3rd.
 */
public enum Equipment {
    /** Sennheiser EW G4, the values of the Workbench equipment profile. */
    SENNHEISER_EW_G4(
            new int[] {400, 200, 0, 0, 150},
            new int[] {600, 200, 150, 0, 150},
            new int[] {350, 175, 0, 0, 0}),
    /** MIPRO ACT 8 series. */
    MIPRO_ACT8(
            new int[] {500, 250, 200, 0, 150},
            new int[] {600, 300, 250, 0, 200},
            new int[] {450, 200, 150, 0, 100}),
    /**
     * Digital receivers (Shure ULX-D / QLX-D class): 350 kHz carrier spacing and a 25 kHz 3rd-order guard. Only one
     * published level exists; all three levels are the same.
     */
    DIGITAL(
            new int[] {350, 25, 0, 0, 0},
            new int[] {350, 25, 0, 0, 0},
            new int[] {350, 25, 0, 0, 0});

    private final int[][] levels;

    Equipment(int[] standard, int[] robust, int[] more) {
        this.levels = new int[][] {standard, robust, more};
    }

    public CompatibilityProfile profile(Profile level) {
        int[] v = levels[level.ordinal()];
        return new CompatibilityProfile(wireName() + "/" + level.name().toLowerCase(Locale.ROOT), v[0], v[1], v[2],
                v[3], v[4]);
    }

    /** {@code sennheiser-ew-g4}, {@code mipro-act8}, {@code digital}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Equipment fromWireName(String name) {
        for (Equipment e : values()) {
            if (e.wireName().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown equipment '" + name + "'; known: sennheiser-ew-g4, mipro-act8, digital");
    }
}
