package dev.rackd.hal.modbus;

import dev.rackd.hal.modbus.ModbusException.Kind;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counters of one bus, for logs, tests and the bench. Written by the bus thread, read by anyone. */
public final class BusStats {
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong answerNanos = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong reopens = new AtomicLong();
    private final AtomicLongArray failures = new AtomicLongArray(Kind.values().length);

    void answered(long nanos) {
        answers.incrementAndGet();
        answerNanos.addAndGet(nanos);
    }

    void retried() {
        retries.incrementAndGet();
    }

    void reopened() {
        reopens.incrementAndGet();
    }

    void failed(Kind kind) {
        failures.incrementAndGet(kind.ordinal());
    }

    public long answers() {
        return answers.get();
    }

    /** Mean time from the end of sending a request to a complete good answer. */
    public double meanAnswerMillis() {
        long n = answers.get();
        return n == 0 ? Double.NaN : answerNanos.get() / 1e6 / n;
    }

    public long retries() {
        return retries.get();
    }

    /** How many times the port was opened (the first open included). */
    public long opens() {
        return reopens.get();
    }

    public long failures(Kind kind) {
        return failures.get(kind.ordinal());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("answers=").append(answers()).append(" retries=").append(retries())
                .append(" opens=").append(opens());
        for (Kind k : Kind.values()) {
            sb.append(' ').append(k.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(failures(k));
        }
        return sb.toString();
    }
}
