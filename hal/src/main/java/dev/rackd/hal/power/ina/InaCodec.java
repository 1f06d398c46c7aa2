package dev.rackd.hal.power.ina;

/**
 * Register scaling of the INA219 and INA226 (datasheets SBOS448, SBOS547). Current is worked out from
 * the shunt voltage and the shunt's resistance rather than from the chip's calibration and current
 * registers: a brown-out resets the calibration to 0, after which the chip reports 0 A under full load.
 */
public final class InaCodec {
    public static final int SHUNT_VOLTAGE = 0x01;
    public static final int BUS_VOLTAGE = 0x02;
    public static final int MANUFACTURER_ID = 0xFE;
    /** "TI" in ASCII, the INA226's answer at {@link #MANUFACTURER_ID}. */
    public static final int TEXAS_INSTRUMENTS = 0x5449;

    private InaCodec() {}

    /** Shunt voltage in volts from the signed register value (two's complement, 16 bits). */
    public static double shuntVolts(InaKind kind, int raw) {
        int signed = (short) raw;
        return signed * (kind == InaKind.INA219 ? 10e-6 : 2.5e-6);
    }

    public static double busVolts(InaKind kind, int raw) {
        return kind == InaKind.INA219 ? ((raw & 0xFFFF) >>> 3) * 0.004 : (raw & 0x7FFF) * 0.00125;
    }

    /**
     * True when the chip's measurement ran out of range: the INA219's overflow flag, or an INA226 shunt
     * register pinned at full scale.
     */
    public static boolean overRange(InaKind kind, int shuntRaw, int busRaw) {
        if (kind == InaKind.INA219) {
            return (busRaw & 0x1) != 0;
        }
        int s = shuntRaw & 0xFFFF;
        return s == 0x7FFF || s == 0x8000;
    }

    public static double currentAmps(double shuntVolts, double shuntOhms) {
        return shuntVolts / shuntOhms;
    }
}
