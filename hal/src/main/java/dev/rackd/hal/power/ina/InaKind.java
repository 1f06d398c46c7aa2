package dev.rackd.hal.power.ina;

/** Texas Instruments current/power monitors on I2C (addresses 0x40-0x4F). */
public enum InaKind {
    /** Shunt LSB 10 µV (signed); bus register bits 15..3 in 4 mV steps, bit 0 = math overflow. */
    INA219,
    /** Shunt LSB 2.5 µV (signed); bus LSB 1.25 mV; manufacturer id 0x5449 at register 0xFE. */
    INA226
}
