package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;

/**
 * The after-action review of one game for one audience, computed once from the game's record:
 * its summary, every visible quantity turn by turn, the turning points with their drivers, and
 * the timeline. A fork's review may be set {@link #beside} its parent's, to compare the two.
 * Render it with {@link ReviewFormat}. Immutable; any thread.
 *
 * @param parent the parent game's review, for a fork's review set beside it; else null
 */
public record AfterActionReview(
    Summary summary,
    List<Series> series,
    List<TurningPoint> turningPoints,
    List<TimelineTurn> timeline,
    AfterActionReview parent) {

  public AfterActionReview {
    series = List.copyOf(series);
    turningPoints = List.copyOf(turningPoints);
    timeline = List.copyOf(timeline);
  }

  /**
   * The review of a game for an audience; a team's review holds only what the team could see.
   *
   * @throws IllegalArgumentException when the audience is a team the scenario does not have
   */
  public static AfterActionReview of(GameRecord record, Audience audience) {
    Disclosure disclosure = new Disclosure(record, audience);
    int lastTurn = TimelineBuilder.lastTurn(disclosure);
    Summary summary = summary(disclosure, audience, lastTurn);
    return new AfterActionReview(summary, SeriesBuilder.build(disclosure, summary),
        TurningPoints.find(disclosure), TimelineBuilder.build(disclosure, summary, lastTurn),
        null);
  }

  private static Summary summary(Disclosure disclosure, Audience audience, int lastTurn) {
    Scenario scenario = disclosure.scenario();
    List<Summary.TeamName> teams = new ArrayList<>();
    for (Team team : scenario.teams()) {
      teams.add(new Summary.TeamName(team.id(), team.name()));
    }
    List<String> labels = new ArrayList<>();
    for (int turn = 0; turn <= lastTurn; turn++) {
      labels.add(scenario.calendar().label(turn));
    }
    GameRecord.Branch branch = disclosure.branch();
    Summary.Fork fork = branch.isFork() ? new Summary.Fork(branch.parentGameId(), branch.turn(),
        scenario.calendar().label(branch.turn())) : null;
    String audienceName = audience.isEveryone()
        ? "Everyone" : scenario.teams().get(disclosure.team()).name();
    return new Summary(disclosure.gameId(), disclosure.scenarioId(),
        scenario.metadata().title(), audience.isEveryone() ? "everyone" : audience.teamId(),
        audienceName, disclosure.seed(), teams, disclosure.turnsPlayed(), labels,
        disclosure.ended(), disclosure.outcome() == null ? "" : disclosure.outcome(), fork);
  }

  /**
   * This fork's review with its parent's beside it: every format then shows both games' series
   * (the parent's as a second, dashed line) and where the fork branched.
   *
   * @throws IllegalArgumentException when this game is not a fork of that one, or the two
   *     reviews are for different audiences
   */
  public AfterActionReview beside(AfterActionReview parent) {
    Summary.Fork fork = summary.fork();
    if (fork == null) {
      throw new IllegalArgumentException(
          "game " + summary.gameId() + " is not a fork, so it has no parent to compare with");
    }
    Summary other = parent.summary();
    if (!fork.parentGameId().equals(other.gameId())) {
      throw new IllegalArgumentException("game " + summary.gameId() + " is a fork of game "
          + fork.parentGameId() + ", not of game " + other.gameId());
    }
    if (!summary.audience().equals(other.audience())) {
      throw new IllegalArgumentException("the fork's review is for " + summary.audience()
          + " but the parent's is for " + other.audience() + "; compare reviews for one audience");
    }
    // One generation is compared: the parent's own parent is left out.
    AfterActionReview alone = new AfterActionReview(
        other, parent.series(), parent.turningPoints(), parent.timeline(), null);
    return new AfterActionReview(summary, series, turningPoints, timeline, alone);
  }

  /** The parent's series of the same quantity, or null (no parent, or not in the parent). */
  public Series parentSeries(Series of) {
    if (parent == null) {
      return null;
    }
    for (Series candidate : parent.series()) {
      if (candidate.sameQuantity(of)) {
        return candidate;
      }
    }
    return null;
  }
}
