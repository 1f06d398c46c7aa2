package dev.rackd.rig.wireless;

/**
 * One simulated Shure receiver channel: frequency kHz, gain 0-60 (-18..+42 dB), RF dBm and audio dBFS (each family
 * scales them for its SAMPLE frame, {@link ShureDialect}), battery bars 0-5 or 255, minutes or 65535/65534. Guarded
 * by the simulator's lock.
 */
final class ShureChannelState {
    String name;
    long frequencyKhz;
    int gain = 30;
    boolean mute;
    int batteryBars = 5;
    int batteryMinutes = 480;
    double rfDbm = -48;
    double audioDbfs = -20;
    boolean interference;
    boolean draining;

    ShureChannelState(String name, long frequencyKhz) {
        this.name = name;
        this.frequencyKhz = frequencyKhz;
    }
}
