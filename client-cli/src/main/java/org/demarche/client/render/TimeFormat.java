package org.demarche.client.render;

/**
 * Formats durations for people: {@code 04:12} under an hour, {@code 1:04:12} over it.
 *
 * <p>Stateless; any thread.
 */
public final class TimeFormat {
  private TimeFormat() {}

  /** A countdown of whole seconds, rounded up so "00:00" appears only when time is really out. */
  public static String clock(long millis) {
    long seconds = Math.max(0, (millis + 999) / 1000);
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, minutes, rest)
        : String.format("%02d:%02d", minutes, rest);
  }

  /** A turn's time for sentences: the clock, or "no time limit" for 0. */
  public static String timeLeft(long millis) {
    return millis <= 0 ? "no time limit" : clock(millis) + " left";
  }
}
