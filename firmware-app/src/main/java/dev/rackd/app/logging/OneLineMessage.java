package dev.rackd.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %oneLineMsg}: the formatted message with control characters escaped. */
public final class OneLineMessage extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return OneLine.escape(event.getFormattedMessage());
    }
}
