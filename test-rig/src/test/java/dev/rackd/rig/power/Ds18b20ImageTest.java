package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ds18b20ImageTest {
    @Test
    void crc8MatchesTheKernelDocumentationExample() {
        // w1_therm documentation: "72 01 4b 46 7f ff 0e 10 57 : crc=57 YES"
        byte[] pad = HexFormat.ofDelimiter(" ").parseHex("72 01 4b 46 7f ff 0e 10");
        assertThat(Ds18b20Image.crc8(pad, 8)).isEqualTo(0x57);
    }

    @Test
    void imageLooksLikeTheKernelsOutput() {
        String s = Ds18b20Image.w1Slave(23.125, Ds18b20Image.Spoil.NONE);
        assertThat(s).matches("(?s)72 01 4b 46 7f ff 0c 10 [0-9a-f]{2} : crc=[0-9a-f]{2} YES\n"
                + "72 01 4b 46 7f ff 0c 10 [0-9a-f]{2} t=23125\n");
        assertThat(Ds18b20Image.w1Slave(23.125, Ds18b20Image.Spoil.CRC_ERROR)).contains(" NO\n");
        assertThat(Ds18b20Image.w1Slave(23.125, Ds18b20Image.Spoil.POWER_ON)).startsWith("50 05").endsWith("t=85000\n");
        assertThat(Ds18b20Image.w1Slave(-10.125, Ds18b20Image.Spoil.NONE)).endsWith("t=-10125\n");
    }
}
