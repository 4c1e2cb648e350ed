package org.demarche.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.Logger;

/**
 * Records what the server logs under a package, at every level, while it is open, instead of
 * printing it: the {@code System.Logger}s of the server write to java.util.logging. Thread-safe,
 * since event loops and game threads log.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  // Held strongly: java.util.logging keeps loggers only weakly, and would drop the level set here.
  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(String name) {
    logger = Logger.getLogger(name);
    previousLevel = logger.getLevel();
    previousUseParentHandlers = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(this);
  }

  /** Starts recording what the loggers under {@code name} (a package, say) log. */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  /** Every record so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Every record so far as the text a log file would show: the message with its parameters. */
  public String text() {
    StringBuilder text = new StringBuilder();
    Formatter formatter = new SimpleFormatter();
    for (LogRecord record : records) {
      text.append(formatter.format(record));
    }
    return text.toString();
  }

  @Override
  public void flush() {
    // Nothing is buffered.
  }

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
