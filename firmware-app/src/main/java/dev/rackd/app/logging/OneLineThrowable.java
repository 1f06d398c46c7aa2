package dev.rackd.app.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %oneLineEx}: an exception and its causes on the same line as the message, each with its top few
 * frames: " | IOException: port vanished @ JSerialCommLink.read:57 < PzemMeter.poll:88 | caused by ...".
 * journald keeps one entry per event, and the crew's phones show one line.
 */
public final class OneLineThrowable extends ThrowableHandlingConverter {
    private static final int FRAMES = 3;
    private static final int CAUSES = 5;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy t = event.getThrowableProxy();
        if (t == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int depth = 0; t != null && depth < CAUSES; depth++, t = t.getCause()) {
            b.append(depth == 0 ? " | " : " | caused by ");
            String cls = t.getClassName();
            b.append(cls.substring(cls.lastIndexOf('.') + 1));
            if (t.getMessage() != null) {
                b.append(": ").append(OneLine.escape(t.getMessage()));
            }
            StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                StackTraceElement f = frames[i].getStackTraceElement();
                String owner = f.getClassName();
                b.append(i == 0 ? " @ " : " < ").append(owner.substring(owner.lastIndexOf('.') + 1)).append('.')
                        .append(f.getMethodName()).append(':').append(f.getLineNumber());
            }
        }
        return b.toString();
    }
}
