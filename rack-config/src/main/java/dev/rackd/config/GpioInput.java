package dev.rackd.config;

import java.time.Duration;

/** A GPIO input (BCM numbering), e.g. the acknowledge button on the rack's front panel. */
public record GpioInput(String id, String label, int pin, InputRole role, Pull pull, Duration debounce) {
    public enum InputRole { ACK_BUTTON }

    public enum Pull { UP, DOWN, NONE }
}
