package dev.rackd.hal.power.ina;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class InaCodecProperties {
    @Property(tries = 1000)
    void everyRegisterWordScalesIntoTheChipsRange(@ForAll @IntRange(max = 0xFFFF) int word, @ForAll InaKind kind) {
        double shunt = InaCodec.shuntVolts(kind, word);
        double bus = InaCodec.busVolts(kind, word);
        double shuntFullScale = kind == InaKind.INA219 ? 0.32768 : 0.08192;
        assertThat(Math.abs(shunt)).isLessThanOrEqualTo(shuntFullScale);
        assertThat(bus).isBetween(0.0, kind == InaKind.INA219 ? 32.764 : 40.96);
    }
}
