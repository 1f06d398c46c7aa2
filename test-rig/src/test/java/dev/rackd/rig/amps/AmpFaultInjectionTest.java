package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every injectable quantity of a simulated amp takes {@code release} and goes back to its model: the channel to
 * how the show file set it up, the temperature to the heat model, the amp-wide faults off.
 */
class AmpFaultInjectionTest {
    /** No simulated time passes: the heat model stands still unless a test says otherwise. */
    private final SimulatedAmp amp = new SimulatedAmp(2, 0.0);
    private final SimFaults faults = new SimFaults();
    private final SimulatedAmpEndpoint endpoint = new SimulatedAmpEndpoint(amp, faults, 0, () -> { });

    @BeforeEach
    void setUp() {
        amp.setUp(1, -3.0, false, 4.0, 0.3);
        amp.setUp(2, -6.0, true, 8.0, 0.2);
    }

    private void inject(String target, String value) {
        AmpFaultInjection.apply(endpoint, "amp-a", target, value);
    }

    @ParameterizedTest
    @CsvSource({"ch1_gain, -12", "ch1_mute, 1", "ch2_mute, 0", "ch1_load, 2", "ch1_load, open", "ch2_load, short",
            "ch1_drive, 0.9"})
    void aReleasedChannelInjectionGoesBackToTheShowFilesSetUp(String target, String value) {
        var before = channelState();
        inject(target, value);
        assertThat(channelState()).as("the injection changed something").isNotEqualTo(before);
        inject(target, "release");
        assertThat(channelState()).isEqualTo(before);
    }

    @Test
    void anInjectedTemperatureHoldsUntilReleasedThenFollowsTheHeatModel() throws InterruptedException {
        SimulatedAmp fast = new SimulatedAmp(1, 1000.0); // a thousand simulated seconds per real second
        SimulatedAmpEndpoint e = new SimulatedAmpEndpoint(fast, faults, 0, () -> { });
        fast.setUp(1, 0.0, false, 8.0, 0.0); // silent: the heatsink settles at the 30 °C ambient
        AmpFaultInjection.apply(e, "amp-a", "ch1_temperature", "85");
        Thread.sleep(50); // fifty simulated seconds: unpinned, it would have lost a third of the way to ambient
        assertThat(fast.temperatureC(1)).as("a failing fan holds the heat").isEqualTo(85.0);
        boolean limiting = fast.read(a -> a.channel(1).limiting());
        assertThat(limiting).as("from 80 °C the channel limits").isTrue();
        AmpFaultInjection.apply(e, "amp-a", "ch1_temperature", "release");
        Thread.sleep(100);
        assertThat(fast.temperatureC(1)).as("released, it cools toward ambient").isLessThan(80.0)
                .isGreaterThanOrEqualTo(30.0);
    }

    @Test
    void ampWideFaultsAreSwitchedOffByRelease() {
        inject("mains_fault", "1");
        inject("fan_fault", "1");
        inject("standby", "1");
        inject("packet_loss", "1");
        boolean allOn = amp.read(a -> a.mainsFault() && a.fanFault() && a.standby());
        assertThat(allOn).isTrue();
        assertThat(faults.drop()).isTrue();
        inject("mains_fault", "release");
        inject("fan_fault", "release");
        inject("standby", "release");
        inject("packet_loss", "release");
        boolean anyOn = amp.read(a -> a.mainsFault() || a.fanFault() || a.standby());
        assertThat(anyOn).isFalse();
        assertThat(faults.drop()).isFalse();
    }

    @Test
    void releaseOnSomethingNeverInjectedChangesNothing() {
        var before = channelState();
        inject("ch1_gain", "release");
        inject("ch2_temperature", "release");
        inject("state", "release");
        assertThat(channelState()).isEqualTo(before);
        assertThat(faults.offline()).isFalse();
    }

    @Test
    void aBadValueChangesNothing() {
        inject("ch1_load", "open");
        var before = channelState();
        assertThatThrownBy(() -> inject("ch1_load", "lots")).hasMessageContaining("'lots' is not a number");
        assertThatThrownBy(() -> inject("standby", "maybe")).hasMessageContaining("'maybe' is not a number");
        assertThatThrownBy(() -> inject("ch3_gain", "release")).hasMessageContaining("channels 1 to 2");
        assertThat(channelState()).isEqualTo(before);
    }

    /** Everything a crew could notice of both channels. */
    private String channelState() {
        return amp.read(a -> {
            StringBuilder b = new StringBuilder();
            for (int ch = 1; ch <= 2; ch++) {
                SimulatedChannel c = a.channel(ch);
                b.append(ch).append(": ").append(c.gainDb).append(" dB muted=").append(c.muted).append(' ')
                        .append(c.loadOhms()).append(" Ω drive=").append(c.drive).append(' ')
                        .append(c.heat.temperatureC()).append(" °C pinned=").append(c.heat.pinned()).append('\n');
            }
            return b.toString();
        });
    }
}
