package dev.rackd.hal.amps.powersoft;

/**
 * The commands rackd uses, with the codes of the Powersoft "Protocol for X Series Amplifiers" (rev 0.16).
 * Every one of them either reads or sets an absolute state, so repeating it after a lost answer is safe.
 */
public enum PowersoftCommand {
    PING(0),
    READGM(1),
    WRITEOUTMUTE(3),
    WRITEOUTGAIN(5),
    INFO(11),
    READALARMS(13),
    STANDBY(14),
    READLOADMONITOR(19),
    READALLALARMS2(25),
    OUTPUTMETER(28);

    private final int code;

    PowersoftCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The command byte of this command's answer. */
    public int answerCode() {
        return PowersoftFrame.answerTo(code);
    }
}
