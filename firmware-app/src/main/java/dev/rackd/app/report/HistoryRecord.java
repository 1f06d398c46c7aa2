package dev.rackd.app.report;

import java.time.Instant;

/** One record of the show history (see {@link RecordCodec} for the bytes). */
sealed interface HistoryRecord {
    /** The rack's layout (labels, breakers, limits) as JSON, at the start of every segment. */
    record Meta(Instant time, String json) implements HistoryRecord {}

    /** Names a series within its segment: {@code id} stands for {@code device/metric} in {@code unit}. */
    record Series(int id, String key, String unit) implements HistoryRecord {}

    /** One value per series for one interval (the mean of its good readings). */
    record Samples(Instant time, int[] ids, float[] values) implements HistoryRecord {
        public Samples {
            if (ids.length != values.length) {
                throw new IllegalArgumentException("ids and values differ in length");
            }
        }
    }

    /** Something that happened: {@code kind} is alert, device, wireless or audio; {@code json} its details. */
    record Event(Instant time, String kind, String json) implements HistoryRecord {}
}
