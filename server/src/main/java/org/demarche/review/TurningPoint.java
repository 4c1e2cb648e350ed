package org.demarche.review;

import java.util.List;

/**
 * A large swing of one variable over consecutive turns that moved it the same way, with its
 * waterfall: the value before the first turn, what each cause added over the span, and the value
 * after the last turn. The drivers add up to {@code end - start} (to the last bits of a double).
 *
 * @param fromTurn the first turn of the span; {@code start} is the value before it
 * @param toTurn the last turn of the span; {@code end} is the value after it
 * @param drivers the causes, largest first, each summed over the span
 */
public record TurningPoint(
    String variableId,
    String name,
    String unit,
    int fromTurn,
    int toTurn,
    double start,
    double end,
    List<Driver> drivers) {

  public TurningPoint {
    drivers = List.copyOf(drivers);
  }

  /** One cause's contribution over the span, named as the audience may know it. */
  public record Driver(String cause, double amount) {}

  public double change() {
    return end - start;
  }
}
