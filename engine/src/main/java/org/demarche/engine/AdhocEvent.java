package org.demarche.engine;

import java.util.List;

/**
 * An event the instructor writes on the spot during a game: a headline, a text for players, and
 * changes to variables, applied when the turn resolves.
 *
 * @param visibleTo per team, whether it learns of the event; the others only see its effects on
 *     the variables they can see, as an unwitnessed event
 */
public record AdhocEvent(String title, String text, List<Change> changes, boolean[] visibleTo) {

  public AdhocEvent {
    changes = List.copyOf(changes);
    visibleTo = visibleTo.clone();
  }

  /** Adds {@code amount} to a stored variable. */
  public record Change(int variable, double amount) {}
}
