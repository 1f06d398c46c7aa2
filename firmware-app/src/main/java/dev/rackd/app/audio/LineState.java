package dev.rackd.app.audio;

/**
 * What the audio thread last said about its device, handed to the telemetry thread through one atomic reference
 * (written only when the device comes or goes, never per block).
 *
 * @param sequence counts changes, so a reader can tell it missed one
 * @param detail   the device description when online, the reason in the crew's words when offline
 */
public record LineState(long sequence, boolean online, String detail) {
    public static final LineState STARTING = new LineState(0, false, "audio device not opened yet");
}
