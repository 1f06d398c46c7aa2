package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated chips' words, worked out by hand from the datasheets' LSBs and bit layouts. */
class InaRegisterMapTest {
    @ParameterizedTest(name = "{0} reg {1} at {2} V bus, {3} V shunt -> 0x{4}")
    @CsvSource(textBlock = """
            INA226, 2, 24.0,   0.025,  4B00
            INA226, 1, 24.0,   0.025,  2710
            INA226, 1, 24.0,  -0.025,  D8F0
            INA226, 1, 24.0,   0.300,  7FFF
            INA226, 1, 24.0,  -0.300,  8000
            INA226, 2, 48.0,   0.0,    7FFF
            INA226, FE, 5.0,   0.0,    5449
            INA219, 2, 12.0,   0.010,  5DC2
            INA219, 2, 12.0,   0.400,  5DC3
            INA219, 1, 12.0,   0.010,  03E8
            INA219, 1, 12.0,  -0.400,  8300
            INA219, 0, 12.0,   0.0,    399F
            """)
    void wordsFromTheDatasheets(InaRegisterMap chip, String register, double busVolts, double shuntVolts,
            String hex) {
        assertThat(Integer.toHexString(chip.word(Integer.parseInt(register, 16), busVolts, shuntVolts)))
                .isEqualToIgnoringCase(hex.replaceFirst("^0+(?=.)", ""));
    }

    @ParameterizedTest
    @CsvSource({"INA219, FE", "INA219, FF", "INA226, 07", "INA219, 06"})
    void registersTheChipDoesNotHaveGetNoAnswer(InaRegisterMap chip, String register) {
        assertThat(chip.word(Integer.parseInt(register, 16), 12, 0.01)).isEqualTo(-1);
    }
}
