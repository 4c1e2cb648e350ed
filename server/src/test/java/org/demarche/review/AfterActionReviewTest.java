package org.demarche.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.engine.ActionOutcome;
import org.demarche.engine.TeamView;
import org.demarche.engine.model.Team;
import org.junit.jupiter.api.Test;

/** The review model of real tutorial games: timeline, trajectories, turning points, forks. */
class AfterActionReviewTest {
  private static final GameRecord PARENT = PlayedGames.parent();
  private static final GameRecord FORK = PlayedGames.fork();

  private static AfterActionReview everyone(GameRecord record) {
    return AfterActionReview.of(record, Audience.everyone());
  }

  private static TimelineTurn.Order order(TimelineTurn turn, String team, String action) {
    return turn.orders().stream()
        .filter(o -> o.teamId().equals(team) && o.actionId().equals(action)).findFirst()
        .orElseThrow(() -> new AssertionError(team + " ordered " + action + " in turn "
            + turn.turn() + ", but the timeline has " + turn.orders()));
  }

  @Test
  void theTimelineHasEveryTeamsOrdersWithTheirFateAndReasons() {
    TimelineTurn second = everyone(PARENT).timeline().get(1);
    assertEquals(2, second.turn());
    assertEquals("2024-Q2", second.label());
    TimelineTurn.Order cut = order(second, "gov", "fuel_price_cut");
    assertEquals(ActionOutcome.Status.REFUSED, cut.status());
    assertTrue(cut.reason().contains("cooling down"), "the refusal says why: " + cut.reason());
    assertEquals(ActionOutcome.Status.SUCCEEDED, order(second, "gov", "rate_hike").status());
    TimelineTurn.Order unknown = order(second, "partner", "no_such_action");
    assertEquals(ActionOutcome.Status.REFUSED, unknown.status());
    assertTrue(unknown.reason().contains("there is no action"), unknown.reason());
    assertEquals("no_such_action", unknown.action(), "an unknown action is named by its id");
    assertTrue(second.events().stream().anyMatch(e ->
            e.kind() == TimelineTurn.Happening.Kind.INJECT && e.title().startsWith("Leaked audio")),
        "the injected event is in the timeline: " + second.events());
    assertTrue(second.events().stream().anyMatch(e ->
        e.kind() == TimelineTurn.Happening.Kind.AD_HOC), "so is the ad hoc one");
    assertEquals(List.of("inject", "inject ad hoc", "broadcast"),
        second.acts().stream().map(GameRecord.Act::what).toList());
    assertEquals(1, second.agreements().size(), "the declined proposal of turn 2");
  }

  @Test
  void theTimelineHasDilemmasAndTheirAnswers() {
    List<TimelineTurn> timeline = everyone(PARENT).timeline();
    assertEquals(PlayedGames.TURNS, timeline.size());
    TimelineTurn raised = timeline.get(6);
    assertEquals("gov", raised.dilemmasRaised().get(0).teamId());
    TimelineTurn.DilemmaAnswered answer = timeline.get(7).dilemmasAnswered().get(0);
    assertEquals("Offer a transport fare subsidy instead", answer.choice());
    assertFalse(answer.defaulted(), "the government answered");
    assertFalse(timeline.get(7).outcome().isEmpty(), "the last turn says how the game ended");
  }

  @Test
  void everySeriesHasEveryTurnWithItsCalendarLabel() {
    for (String team : List.of("", "gov", "opposition", "partner")) {
      AfterActionReview review = AfterActionReview.of(PARENT,
          team.isEmpty() ? Audience.everyone() : Audience.team(team));
      for (Series series : review.series()) {
        assertEquals(PlayedGames.TURNS + 1, series.points().size(), series.id() + " for " + team);
        for (int turn = 0; turn <= PlayedGames.TURNS; turn++) {
          Series.Point point = series.points().get(turn);
          assertEquals(turn, point.turn());
          assertEquals(PlayedGames.TUTORIAL.calendar().label(turn), point.label());
        }
      }
    }
  }

  @Test
  void everyoneSeesEveryVariableExactlyAndEveryTeamsScores() {
    AfterActionReview review = everyone(PARENT);
    int reserves = PlayedGames.TUTORIAL.variableIndex("reserves_usd_bn");
    Series series = series(review, Series.Kind.VARIABLE, "", "reserves_usd_bn");
    for (int turn = 0; turn <= PlayedGames.TURNS; turn++) {
      assertEquals(PARENT.states().get(turn).value(reserves), series.points().get(turn).value());
      assertFalse(series.points().get(turn).estimate());
    }
    assertEquals(PlayedGames.TUTORIAL.variables().size(),
        review.series().stream().filter(s -> s.kind() == Series.Kind.VARIABLE).count());
    for (Team team : PlayedGames.TUTORIAL.teams()) {
      Series score = series(review, Series.Kind.SCORE, team.id(), "score");
      int t = PlayedGames.TUTORIAL.teamIndex(team.id());
      assertEquals(PARENT.states().get(PlayedGames.TURNS).score(t),
          score.points().get(PlayedGames.TURNS).value());
    }
    assertEquals(7L, review.summary().seed());
  }

  @Test
  void aTeamSeesVariablesAsItWasShownThemAndOnlyItsOwnScores() {
    AfterActionReview review = AfterActionReview.of(PARENT, Audience.team("opposition"));
    int reserves = PlayedGames.TUTORIAL.variableIndex("reserves_usd_bn");
    Series series = series(review, Series.Kind.VARIABLE, "", "reserves_usd_bn");
    for (int turn = 0; turn <= PlayedGames.TURNS; turn++) {
      TeamView.VariableView shown = PARENT.seen().get(turn).get(1).variable(reserves);
      assertEquals(shown.value(), series.points().get(turn).value(), "turn " + turn);
      assertTrue(series.points().get(turn).estimate(), "the opposition only has estimates");
    }
    assertTrue(review.series().stream().noneMatch(s -> s.id().equals("smuggling_index")),
        "smuggling is hidden from the opposition");
    assertTrue(review.series().stream()
            .allMatch(s -> s.teamId().isEmpty() || s.teamId().equals("opposition")),
        "only the opposition's own resources and scores");
    assertNull(review.summary().seed(), "the seed is for everyone only");
  }

  @Test
  void waterfallDriversAddUpToTheChangeOfTheirSpan() {
    for (String team : List.of("", "gov", "opposition", "partner")) {
      Audience audience = team.isEmpty() ? Audience.everyone() : Audience.team(team);
      for (GameRecord record : List.of(PARENT, FORK)) {
        List<TurningPoint> points = AfterActionReview.of(record, audience).turningPoints();
        assertFalse(points.isEmpty(), "turning points for " + audience);
        for (TurningPoint point : points) {
          double sum = point.drivers().stream().mapToDouble(TurningPoint.Driver::amount).sum();
          assertEquals(point.change(), sum, 1e-9, point.toString());
          assertTrue(point.change() != 0, "a turning point moves");
        }
      }
    }
  }

  @Test
  void theLargestSwingsComeFirstAndNameTheirCauses() {
    List<TurningPoint> points = everyone(PARENT).turningPoints();
    assertTrue(points.size() <= 5, "at most five turning points");
    TurningPoint first = points.get(0);
    assertTrue(first.drivers().stream().anyMatch(d -> d.cause().contains("(Government of")
            || d.cause().contains("(Opposition") || d.cause().contains("(event)")
            || d.cause().contains("(trend)")),
        "drivers are named as the engine explains them: " + first.drivers());
    for (int i = 1; i < first.drivers().size(); i++) {
      assertTrue(Math.abs(first.drivers().get(i - 1).amount())
          >= Math.abs(first.drivers().get(i).amount()), "drivers come largest first");
    }
  }

  @Test
  void aCorrectionBetweenTurnsIsADriverOfItsOwn() {
    int donor = PlayedGames.TUTORIAL.variableIndex("donor_trust");
    Disclosure disclosure = new Disclosure(PARENT, Audience.everyone());
    TurningPoint whole = TurningPoints.waterfall(disclosure, donor, 1, PlayedGames.TURNS);
    double corrected = 55 - PARENT.states().get(2).value(donor);
    assertTrue(corrected != 0, "the instructor's correction moved donor confidence");
    assertEquals(List.of(corrected), whole.drivers().stream()
        .filter(d -> d.cause().equals(TurningPoints.CORRECTION))
        .map(TurningPoint.Driver::amount).toList());
    assertEquals(PARENT.states().get(0).value(donor), whole.start());
    assertEquals(PARENT.states().get(PlayedGames.TURNS).value(donor), whole.end());
    double sum = whole.drivers().stream().mapToDouble(TurningPoint.Driver::amount).sum();
    assertEquals(whole.change(), sum, 1e-9, "the drivers add up to the change: " + whole);
  }

  @Test
  void aForkBesideItsParentHasBothSeriesAndItsBranchPoint() {
    AfterActionReview fork = everyone(FORK).beside(everyone(PARENT));
    Summary.Fork branch = fork.summary().fork();
    assertEquals(PlayedGames.PARENT_ID, branch.parentGameId());
    assertEquals(PlayedGames.BRANCH_TURN, branch.turn());
    assertEquals("2024-Q3", branch.label());
    for (Series series : fork.series()) {
      Series parent = fork.parentSeries(series);
      assertNotNull(parent, series.id() + " in the parent");
      for (int turn = 0; turn < PlayedGames.BRANCH_TURN; turn++) {
        assertEquals(parent.points().get(turn).value(), series.points().get(turn).value(),
            series.id() + " is shared before the branch, turn " + turn);
      }
    }
    assertNull(fork.parent().parent(), "one generation is compared");
  }

  @Test
  void aReviewIsOnlySetBesideItsOwnParentForTheSameAudience() {
    AfterActionReview fork = everyone(FORK);
    IllegalArgumentException notFork = assertThrows(IllegalArgumentException.class,
        () -> everyone(PARENT).beside(fork));
    assertTrue(notFork.getMessage().contains("not a fork"), notFork.getMessage());
    IllegalArgumentException otherAudience = assertThrows(IllegalArgumentException.class,
        () -> fork.beside(AfterActionReview.of(PARENT, Audience.team("gov"))));
    assertTrue(otherAudience.getMessage().contains("one audience"), otherAudience.getMessage());
    IllegalArgumentException notItsParent = assertThrows(IllegalArgumentException.class,
        () -> fork.beside(fork));
    assertTrue(notItsParent.getMessage().contains("is a fork of game " + PlayedGames.PARENT_ID),
        notItsParent.getMessage());
  }

  @Test
  void anUnknownTeamIsRefusedWithTheScenariosTeams() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AfterActionReview.of(PARENT, Audience.team("rebels")));
    assertEquals("no team 'rebels' in this scenario; its teams are gov, opposition, partner",
        e.getMessage());
  }

  private static Series series(AfterActionReview review, Series.Kind kind, String team,
      String id) {
    return review.series().stream()
        .filter(s -> s.kind() == kind && s.teamId().equals(team) && s.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no series " + kind + " " + id));
  }
}
