package dev.rackd.rig.wireless;

/**
 * One simulated Shure receiver channel, in the units of the command strings document: frequency kHz, gain 0-60
 * (-18..+42 dB), RF level 0-115 (-128..-13 dBm), audio 0-50 (-50..0 dBFS), battery bars 0-5 or 255, minutes or
 * 65535/65534. Guarded by the simulator's lock.
 */
final class ShureChannelState {
    /** A fresh transmitter near the stage: what a released injection goes back to. */
    static final int FRESH_BATTERY_BARS = 5;
    static final int FRESH_BATTERY_MINUTES = 480;
    static final int GOOD_RF_LEVEL = 80;
    static final int SPEECH_AUDIO_LEVEL = 30;

    String name;
    long frequencyKhz;
    int gain = 30;
    boolean mute;
    int batteryBars = FRESH_BATTERY_BARS;
    int batteryMinutes = FRESH_BATTERY_MINUTES;
    int rfLevel = GOOD_RF_LEVEL;
    int audioLevel = SPEECH_AUDIO_LEVEL;
    boolean interference;
    boolean draining;

    ShureChannelState(String name, long frequencyKhz) {
        this.name = name;
        this.frequencyKhz = frequencyKhz;
    }
}
