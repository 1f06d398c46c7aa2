package dev.rackd.rig.power;

import java.util.Locale;

/** How a simulated meter misbehaves, as the crew's injection names it ({@code state} payloads). */
enum SlaveFault {
    /** Answers correctly. */
    NONE,
    /** Never answers ({@code offline} or {@code silence}). */
    SILENCE,
    /** Answers with random bytes of about the right length. */
    GARBAGE,
    /** Answers a correct frame with a broken CRC. */
    WRONG_CRC,
    /** Answers correctly, but after the driver stopped waiting. */
    SLOW,
    /** Answers with a valid frame from the next address. */
    WRONG_ADDRESS;

    static SlaveFault parse(String state) {
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "online", "none", "release" -> NONE;
            case "offline", "silence", "silent" -> SILENCE;
            case "garbage" -> GARBAGE;
            case "wrong_crc", "crc" -> WRONG_CRC;
            case "slow" -> SLOW;
            case "wrong_address" -> WRONG_ADDRESS;
            default -> throw new IllegalArgumentException("unknown state '" + state
                    + "'; meters know online, offline, garbage, wrong_crc, slow, wrong_address, unplug, replug");
        };
    }
}
