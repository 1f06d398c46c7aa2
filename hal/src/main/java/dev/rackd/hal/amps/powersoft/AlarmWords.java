package dev.rackd.hal.amps.powersoft;

/**
 * READALLALARMS2 answer: the global alarm word and one word per channel, bits as the document lists them.
 *
 * @param channelWords channel 0 first; as many as the answer carried
 */
public record AlarmWords(boolean ok, int gpio, int global, int[] channelWords) {
    public AlarmWords {
        channelWords = channelWords.clone();
    }

    @Override
    public int[] channelWords() {
        return channelWords.clone();
    }

    public int channelCount() {
        return channelWords.length;
    }

    /** Missing phase, DC or no mains (X only). */
    public boolean mainsFault() {
        return bit(global, 0);
    }

    /** AD or DA converter configuration fault. */
    public boolean converterFault() {
        return bit(global, 1) || bit(global, 2);
    }

    public boolean auxVoltageFault() {
        return bit(global, 3);
    }

    public boolean fanFault() {
        return bit(global, 6);
    }

    /** Digital board, power supply, moderate or high over-temperature. */
    public boolean overTemperature() {
        return bit(global, 4) || bit(global, 5) || bit(global, 7) || bit(global, 8);
    }

    public boolean clip(int channel) {
        return bit(word(channel), 0);
    }

    public boolean thermalSoa(int channel) {
        return bit(word(channel), 1);
    }

    public boolean overTemperature(int channel) {
        return bit(word(channel), 3);
    }

    public boolean railFault(int channel) {
        return bit(word(channel), 4);
    }

    /** AUX current fault or "other fault". */
    public boolean otherFault(int channel) {
        return bit(word(channel), 5) || bit(word(channel), 6);
    }

    public boolean lowLoadProtection(int channel) {
        return bit(word(channel), 7);
    }

    /** The channel is protecting itself: thermal SOA, over-temperature or low-load protection. */
    public boolean protecting(int channel) {
        return thermalSoa(channel) || overTemperature(channel) || lowLoadProtection(channel);
    }

    private int word(int channel) {
        return channel < channelWords.length ? channelWords[channel] : 0;
    }

    private static boolean bit(int word, int bit) {
        return (word >>> bit & 1) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlarmWords a && a.ok == ok && a.gpio == gpio && a.global == global
                && java.util.Arrays.equals(a.channelWords, channelWords);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ok, gpio, global) * 31 + java.util.Arrays.hashCode(channelWords);
    }

    @Override
    public String toString() {
        return "AlarmWords[ok=" + ok + ", gpio=" + gpio + ", global=" + Integer.toHexString(global) + ", channels="
                + java.util.Arrays.toString(channelWords) + "]";
    }
}
