package dev.rackd.rig.audio;

import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;

/** A line of the simulated card: no gain or mute controls, and no open/close/start/stop events to listen to. */
interface NoControls extends Line {
    @Override
    default Control[] getControls() {
        return new Control[0];
    }

    @Override
    default boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    default Control getControl(Control.Type control) {
        throw new IllegalArgumentException(SimSoundCard.NAME + " has no " + control + " control");
    }

    @Override
    default void addLineListener(LineListener listener) {
        // nothing is ever announced
    }

    @Override
    default void removeLineListener(LineListener listener) {
        // nothing was added
    }
}
