package dev.rackd.rig.power;

/**
 * What an INA219 (TI SBOS448) or INA226 (TI SBOS547) holds in its 16-bit registers, from the datasheets'
 * register maps, for the simulated chip to answer with. Conversions saturate the way the ADC does: a
 * shunt voltage beyond full scale reads as the register's limit.
 */
enum InaRegisterMap {
    /** PGA /8 (its power-on default): shunt +-320 mV in 10 uV steps; bus in 4 mV steps from bit 3. */
    INA219(10e-6, 0.004, 0x399F),
    /** Shunt +-81.92 mV in 2.5 uV steps; bus 0..40.96 V in 1.25 mV steps, 15 bits. */
    INA226(2.5e-6, 0.00125, 0x4127);

    static final int CONFIGURATION = 0x00;
    static final int SHUNT_VOLTAGE = 0x01;
    static final int BUS_VOLTAGE = 0x02;
    static final int POWER = 0x03;
    static final int CURRENT = 0x04;
    static final int CALIBRATION = 0x05;
    /** INA226 only. */
    static final int MANUFACTURER_ID = 0xFE;
    static final int DIE_ID = 0xFF;

    private final double shuntLsbVolts;
    private final double busLsbVolts;
    private final int configurationAtReset;

    InaRegisterMap(double shuntLsbVolts, double busLsbVolts, int configurationAtReset) {
        this.shuntLsbVolts = shuntLsbVolts;
        this.busLsbVolts = busLsbVolts;
        this.configurationAtReset = configurationAtReset;
    }

    /**
     * The register's word for a rail at {@code busVolts} with {@code shuntVolts} across the shunt, or -1
     * where the chip has no such register. The calibration register powers up at 0, so current and power
     * read 0 until a host programs it (rackd never does: it works from the shunt voltage).
     */
    int word(int register, double busVolts, double shuntVolts) {
        return switch (register) {
            case CONFIGURATION -> configurationAtReset;
            case SHUNT_VOLTAGE -> shunt(shuntVolts) & 0xFFFF;
            case BUS_VOLTAGE -> bus(busVolts, shuntVolts);
            case POWER, CURRENT, CALIBRATION -> 0;
            case MANUFACTURER_ID -> this == INA226 ? 0x5449 : -1; // "TI"
            case DIE_ID -> this == INA226 ? 0x2260 : -1;
            default -> -1;
        };
    }

    private int shunt(double volts) {
        long steps = Math.round(volts / shuntLsbVolts);
        int fullScale = this == INA219 ? 32000 : 32767; // INA219 at /8: +-320 mV is 32000 steps
        return (int) Math.max(this == INA219 ? -fullScale : -32768, Math.min(fullScale, steps));
    }

    private int bus(double volts, double shuntVolts) {
        long steps = Math.max(0, Math.round(volts / busLsbVolts));
        if (this == INA226) {
            return (int) Math.min(0x7FFF, steps);
        }
        // bits 15..3 the reading, bit 1 conversion ready, bit 0 math overflow (shunt beyond its range)
        int overflow = Math.abs(shuntVolts) > 0.320 ? 1 : 0;
        return (int) (Math.min(0x1FFF, steps) << 3) | 0x2 | overflow;
    }
}
