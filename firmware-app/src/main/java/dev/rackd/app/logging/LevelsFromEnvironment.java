package dev.rackd.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;

/**
 * Applies $RACKD_LOG_LEVEL (or the system property {@code rackd.log.level}) when logback's context
 * starts, right after logback.xml is read and before the first line is logged, so it wins over the
 * file's defaults. A bad value never stops rackd: it is reported and the defaults stay.
 */
public final class LevelsFromEnvironment extends ContextAwareBase implements LoggerContextListener, LifeCycle {
    private boolean started;

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void onStart(LoggerContext context) {
        String spec = System.getProperty("rackd.log.level", System.getenv(LogLevels.ENV));
        if (spec != null && !spec.isBlank()) {
            try {
                LogLevels.apply(LogLevels.parse(spec), context);
            } catch (IllegalArgumentException e) {
                context.getLogger(LevelsFromEnvironment.class).warn("{} ignored: {}", LogLevels.ENV, e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    public boolean isResetResistant() {
        return false;
    }

    @Override
    public void onReset(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
}
