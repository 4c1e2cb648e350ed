package org.demarche.review;

import java.util.List;

/**
 * One quantity turn by turn, from turn 0: a variable, a team's resource, a team's total score or
 * one of its objective scores, as the review's audience saw it.
 *
 * @param teamId the team a resource or score belongs to; "" for the country's variables
 * @param id the variable's, resource's or objective's id; "score" for a total score
 * @param name the variable's, resource's or objective's label; "Score" for a total score
 */
public record Series(
    Kind kind, String teamId, String id, String name, String unit, List<Point> points) {

  public Series {
    points = List.copyOf(points);
  }

  /** What a series measures. */
  public enum Kind {
    VARIABLE,
    RESOURCE,
    SCORE,
    OBJECTIVE
  }

  /**
   * The value after one turn.
   *
   * @param estimate true when the audience was shown a noisy estimate, not the value itself
   */
  public record Point(int turn, String label, double value, boolean estimate) {}

  /** True when the other series measures the same thing (in another game, say). */
  public boolean sameQuantity(Series other) {
    return kind == other.kind && teamId.equals(other.teamId) && id.equals(other.id);
  }
}
