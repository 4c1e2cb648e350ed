package org.demarche.review;

import java.util.List;

/**
 * The heading of a review: which game, for whom, how far it went and, for a fork, where it left
 * its parent.
 *
 * @param audience "everyone" or the team's id
 * @param audienceName "Everyone" or the team's name
 * @param seed the game's seed, for everyone only (null in a team's review)
 * @param teams every team of the scenario, by id and name (the lobby shows them all)
 * @param labels the calendar label of every turn from 0 to the last one the review mentions
 * @param outcome how the game ended, or "" while it runs
 * @param fork where a fork left its parent, or null for a game that is not a fork
 */
public record Summary(
    String gameId,
    String scenarioId,
    String scenarioTitle,
    String audience,
    String audienceName,
    Long seed,
    List<TeamName> teams,
    int turnsPlayed,
    List<String> labels,
    boolean ended,
    String outcome,
    Fork fork) {

  public Summary {
    teams = List.copyOf(teams);
    labels = List.copyOf(labels);
  }

  /** A team's id and name. */
  public record TeamName(String id, String name) {}

  /**
   * Where a fork left its parent: it shares the parent's turns before {@code turn} and played
   * {@code turn} (whose calendar label is {@code label}) and after anew.
   */
  public record Fork(String parentGameId, int turn, String label) {}

  /** The calendar label of a turn. */
  public String label(int turn) {
    return labels.get(turn);
  }

  /** A team's name by its id; the id itself for a team the scenario does not have. */
  public String teamName(String teamId) {
    for (TeamName team : teams) {
      if (team.id().equals(teamId)) {
        return team.name();
      }
    }
    return teamId;
  }
}
