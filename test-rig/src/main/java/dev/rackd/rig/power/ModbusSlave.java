package dev.rackd.rig.power;

/** One simulated meter on a {@link ModbusSlaveBus}: answers by register, the bus does the framing. */
interface ModbusSlave {
    int ILLEGAL_FUNCTION = 1;
    int ILLEGAL_DATA_ADDRESS = 2;
    int ILLEGAL_DATA_VALUE = 3;

    /** A Modbus exception answer with its code. */
    final class Refusal extends Exception {
        final int code;

        Refusal(int code) {
            super("modbus exception " + code, null, false, false);
            this.code = code;
        }
    }

    int address();

    /** Function 0x04. */
    int[] inputRegisters(int start, int count) throws Refusal;

    /** Vendor function 0x42 (PZEM energy reset). */
    default void resetEnergy() throws Refusal {
        throw new Refusal(ILLEGAL_FUNCTION);
    }
}
