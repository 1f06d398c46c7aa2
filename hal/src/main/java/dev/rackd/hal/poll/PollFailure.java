package dev.rackd.hal.poll;

/** Why one poll of a {@link PolledDevice} gave no readings; {@code gone} takes the device offline at once. */
public final class PollFailure extends Exception {
    private final boolean gone;

    private PollFailure(String message, boolean gone) {
        super(message, null, false, false);
        this.gone = gone;
    }

    /** A bad or missing answer; offline only after several in a row. */
    public static PollFailure failed(String message) {
        return new PollFailure(message, false);
    }

    /** The device or its bus is not there any more (file vanished, adapter unplugged). */
    public static PollFailure gone(String message) {
        return new PollFailure(message, true);
    }

    public boolean gone() {
        return gone;
    }
}
