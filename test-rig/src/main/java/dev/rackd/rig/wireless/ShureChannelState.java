package dev.rackd.rig.wireless;

/**
 * One simulated Shure receiver channel, in the units of the command strings document: frequency kHz, gain 0-60
 * (-18..+42 dB), RF level 0-115 (-128..-13 dBm), audio 0-50 (-50..0 dBFS), battery bars 0-5 or 255, minutes or
 * 65535/65534. Guarded by the simulator's lock.
 */
final class ShureChannelState {
    String name;
    long frequencyKhz;
    int gain = 30;
    boolean mute;
    int batteryBars = 5;
    int batteryMinutes = 480;
    int rfLevel = 80;
    int audioLevel = 30;
    boolean interference;
    boolean draining;

    ShureChannelState(String name, long frequencyKhz) {
        this.name = name;
        this.frequencyKhz = frequencyKhz;
    }
}
