package dev.rackd.hal.wireless.shure;

/**
 * The Shure receiver families speak the same command strings (frames, GET/SET/REP, channel 0 = all) but meter
 * differently: each has its own {@code SAMPLE} layout and scale, so a frame is read by its family's rules and a
 * frame of another shape is not misread as plausible numbers.
 */
public enum ShureFamily {
    /** ULX-D and QLX-D: {@code < SAMPLE x ALL aa rrr eee >}: antennas, RF 0-115 (-128 dBm), audio 0-50 (-50 dBFS). */
    ULXD,
    /** SLX-D: {@code < SAMPLE x ALL ppp sss rrr >}, audio peak and RMS and one RSSI, each 0-120 (-120 dBFS / dBm). */
    SLXD,
    /**
     * Axient Digital: {@code < SAMPLE x ALL qq bb ppp sss AA b1 r1 b2 r2 [..] [AA b r ..] >}: channel quality, audio
     * bitmap, peak, RMS, then one status letter and one (bitmap, RSSI) pair per antenna (two, or four with
     * Quadversity), and a second such section with frequency diversity (FD-C). Levels 0-120 (-120 dBFS / dBm).
     */
    AXIENT
}
