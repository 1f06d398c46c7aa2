package dev.rackd.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(OneLine.escape("a\nb\r\tc\u0000\u007f\u009b")).isEqualTo("a\\nb\\r\\tc\\x00\\x7f\\x9b");
        assertThat(OneLine.escape("Rx 4 · 520.125 MHz")).isEqualTo("Rx 4 · 520.125 MHz");
    }

    @Property
    void anyTextFromOutsideStaysOnOneLine(@ForAll String text) {
        assertThat(OneLine.escape(text).chars().noneMatch(Character::isISOControl)).isTrue();
    }
}
