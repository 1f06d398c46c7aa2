package dev.rackd.hal.amps.powersoft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PowersoftAnswersTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void readsGainsAndMutesOfAFourChannelAmp() throws Exception {
        byte[] d = HEX.parseHex("01 04 00 00"
                + " 00 00 00 00 00 00 00 00" // input gains
                + " 00 00 d4 fe dc 05 90 e8" // output gains 0, -3.00, +15.00, -60.00 dB
                + " 00 00 00 00" // input mutes
                + " 00 01 00 01"); // output mutes
        GainsAndMutes gm = PowersoftAnswers.gainsAndMutes(d);
        assertThat(gm.ok()).isTrue();
        assertThat(gm.channels()).extracting(GainsAndMutes.Channel::outputGainDb).containsExactly(0.0, -3.0, 15.0, -60.0);
        assertThat(gm.channels()).extracting(GainsAndMutes.Channel::outputMuted).containsExactly(false, true, false, true);
    }

    @Test
    void onlyChannelsBelowNumChannelsCount() throws Exception {
        byte[] d = new byte[4 + 6 * 8];
        d[0] = 1;
        d[1] = 2;
        assertThat(PowersoftAnswers.gainsAndMutes(d).channels()).hasSize(2);
    }

    @Test
    void refusesMoreChannelsThanTheAnswerCarries() {
        byte[] d = new byte[4 + 6 * 2];
        d[0] = 1;
        d[1] = 3;
        assertThatThrownBy(() -> PowersoftAnswers.gainsAndMutes(d)).hasMessageContaining("says 3 channels but carries 2");
    }

    @Test
    void anAnswerNotOkIsAnsweredAsARefusalWithoutContent() throws Exception {
        assertThat(PowersoftAnswers.gainsAndMutes(new byte[] {0}).ok()).isFalse();
        assertThat(PowersoftAnswers.muteEcho(new byte[] {0, 0, 0, 0}).ok()).isFalse();
    }

    @Test
    void readsAlarmBitsAsTheDocumentListsThem() throws Exception {
        byte[] d = HEX.parseHex("01 00 00 00 41 00 00 00" // global: mains (bit 0), fan (bit 6)
                + " 00 00 00 00 81 00 00 00 1b 00 00 00"); // ch1: clip + low load; ch2: clip, SOA, overtemp, rail
        AlarmWords a = PowersoftAnswers.alarms(d);
        assertThat(a.mainsFault()).isTrue();
        assertThat(a.fanFault()).isTrue();
        assertThat(a.overTemperature()).isFalse();
        assertThat(a.protecting(0)).isFalse();
        assertThat(a.clip(1)).isTrue();
        assertThat(a.lowLoadProtection(1)).isTrue();
        assertThat(a.thermalSoa(2)).isTrue();
        assertThat(a.overTemperature(2)).isTrue();
        assertThat(a.railFault(2)).isTrue();
        assertThat(a.clip(7)).as("a channel the answer does not carry").isFalse();
    }

    @Test
    void readsStandbyTheWayTheDocumentCountsIt() throws Exception {
        assertThat(PowersoftAnswers.standby(HEX.parseHex("01 01 00 00")).standby()).isTrue();
        assertThat(PowersoftAnswers.standby(HEX.parseHex("01 02 00 00")).standby()).isFalse();
        assertThatThrownBy(() -> PowersoftAnswers.standby(HEX.parseHex("01 03 00 00"))).hasMessageContaining("state 3");
    }

    @Test
    void readsInfoStrings() throws Exception {
        byte[] d = new byte[128];
        put(d, 0, "Powersoft");
        put(d, 32, "Quattrocanali");
        put(d, 64, "4804 DSP+D");
        put(d, 96, "ABC123");
        assertThat(PowersoftAnswers.info(d)).isEqualTo(new AmpInfo("Powersoft", "Quattrocanali", "4804 DSP+D", "ABC123"));
    }

    @Test
    void readsTheNominalLoadOnlyWhenTheAmpSaysItIsValid() throws Exception {
        LoadReading valid = PowersoftAnswers.load(HEX.parseHex("01 02 00 00 00 00 00 00 00 00 01 01 50 00 00 00 00 00 00 00"));
        assertThat(valid.nominalOhms()).isEqualTo(8.0);
        assertThat(valid.channel()).isEqualTo(2);
        LoadReading invalid = PowersoftAnswers.load(HEX.parseHex("01 02 00 00 00 00 00 00 00 00 00 00 50 00 00 00 00 00 00 00"));
        assertThat(invalid.nominalOhms()).isNaN();
    }

    @Test
    void readsOutputMeters() throws Exception {
        byte[] d = HEX.parseHex("e8 03 00 00 0c fe 00 00 01 00 00 00"); // ch0 100.0 V, -5.00 dB, signal; ch1 silent
        OutputMeters m = PowersoftAnswers.outputMeters(d);
        assertThat(m.channels()).hasSize(2);
        assertThat(m.channels().get(0)).isEqualTo(new OutputMeters.Channel(0, 100.0, -5.0, true));
        assertThat(m.channels().get(1).signal()).isFalse();
    }

    private static void put(byte[] d, int at, String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, d, at, b.length);
    }
}
