package dev.rackd.app.wireless.coord;

/**
 * A spare frequency, compatible with every coordinated frequency and every other backup.
 *
 * @param forSystemId the system it was picked for: it lies in that system's tuning range and in a different TV
 *                    channel from that system's frequency (interference tends to fill a whole TV channel)
 */
public record Backup(String forSystemId, long frequencyKhz, int tvChannel) {}
