package org.demarche.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.engine.model.Visibility;
import org.demarche.game.api.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A team's review, in every format, of a game where the teams did different things, never holds
 * what only others could know: whatever else the whole record says is listed from the record and
 * looked for, after undoing each format's escaping.
 */
class TeamPrivacyTest {
  private static final Scenario SCENARIO = PlayedGames.TUTORIAL;
  private static final GameRecord PARENT = PlayedGames.parent();
  private static final GameRecord FORK = PlayedGames.fork();

  @ParameterizedTest
  @ValueSource(strings = {"gov", "opposition", "partner"})
  void aTeamsReviewHoldsNothingPrivateToOthers(String team) {
    Set<String> secrets = secretsFrom(team);
    Audience audience = Audience.team(team);
    AfterActionReview parent = AfterActionReview.of(PARENT, audience);
    AfterActionReview fork = AfterActionReview.of(FORK, audience).beside(parent);
    for (AfterActionReview review : List.of(parent, fork)) {
      for (ReviewFormat format : ReviewFormat.values()) {
        String text = readable(format, format.render(review));
        for (String secret : secrets) {
          assertFalse(text.contains(secret), () -> "the " + format + " review of "
              + review.summary().gameId() + " for " + team + " shows '" + secret + "'");
        }
      }
    }
  }

  /** The check would pass on an empty review: everyone's review must show every secret. */
  @ParameterizedTest
  @ValueSource(strings = {"gov", "opposition", "partner"})
  void everyonesReviewHoldsWhatTeamsMayNotSee(String team) {
    String json = ReviewFormat.JSON.render(AfterActionReview.of(FORK, Audience.everyone())
        .beside(AfterActionReview.of(PARENT, Audience.everyone())));
    Set<String> secrets = secretsFrom(team);
    assertTrue(secrets.size() > 15, "enough secrets to mean something: " + secrets);
    for (String secret : secrets) {
      assertTrue(json.contains(secret), () -> "everyone's review should show '" + secret + "'");
    }
  }

  /** What the two games' records hold that {@code team} was not entitled to. */
  private static Set<String> secretsFrom(String teamId) {
    int team = SCENARIO.teamIndex(teamId);
    Set<String> secrets = new LinkedHashSet<>();
    for (Variable v : SCENARIO.variables()) {
      if (v.visibility()[team] == Visibility.HIDDEN) {
        secrets.add(v.id());
        secrets.add(v.label());
      }
    }
    for (Team other : SCENARIO.teams()) {
      if (other.id().equals(teamId)) {
        continue;
      }
      other.resources().stream().map(Resource::label).forEach(secrets::add);
      other.objectives().stream().map(Objective::name).forEach(secrets::add);
    }
    for (GameRecord record : List.of(PARENT, FORK)) {
      secrets.addAll(privateTexts(record, teamId));
    }
    return secrets;
  }

  private static List<String> privateTexts(GameRecord record, String teamId) {
    int team = SCENARIO.teamIndex(teamId);
    List<String> texts = new ArrayList<>();
    for (GameRecord.Message m : record.messages()) {
      boolean mine = m.fromTeamId().equals(teamId) || m.toTeamId().equals(teamId);
      if ((m.channel() == Channel.TEAM || m.channel() == Channel.TEAM_PAIR) && !mine) {
        texts.add(m.text());
      }
    }
    for (GameRecord.Act act : record.acts()) {
      if (!Disclosure.ACTS_FOR_TEAMS.contains(act.what()) && !act.details().isEmpty()) {
        texts.add(act.details());
      }
    }
    for (GameRecord.Agreement a : record.agreements()) {
      if (!a.fromTeamId().equals(teamId) && !a.toTeamId().equals(teamId)) {
        texts.add(a.proposalId());
      }
    }
    for (var report : record.reports()) {
      for (var outcome : report.outcomes()) {
        Action action = outcome.action() < 0 ? null : SCENARIO.actions().get(outcome.action());
        if (outcome.team() != team && action != null && !action.allows(team)) {
          texts.add(action.name());
        }
        if (outcome.team() != team && !outcome.reason().isEmpty()
            && !ownReasons(record, team).contains(outcome.reason())) {
          texts.add(outcome.reason());
        }
      }
      for (var fired : report.events()) {
        Event event = SCENARIO.events().get(fired.event());
        if (!event.visibleTo()[team]) {
          texts.add(event.title());
        }
      }
      for (var adhoc : report.adhocEvents()) {
        if (!adhoc.visibleTo()[team]) {
          texts.add(adhoc.text());
        }
      }
      for (var raised : report.dilemmasRaised()) {
        if (raised.team() != team) {
          texts.add(SCENARIO.events().get(raised.event()).dilemma().prompt());
        }
      }
      for (var answer : report.dilemmaAnswers()) {
        if (answer.team() != team) {
          texts.add(SCENARIO.events().get(answer.event()).dilemma().options()
              .get(answer.option()).label());
        }
      }
    }
    return texts;
  }

  private static Set<String> ownReasons(GameRecord record, int team) {
    Set<String> reasons = new LinkedHashSet<>();
    for (var report : record.reports()) {
      for (var outcome : report.outcomes()) {
        if (outcome.team() == team) {
          reasons.add(outcome.reason());
        }
      }
    }
    return reasons;
  }

  /** The text as a reader sees it: each format's escaping undone. */
  private static String readable(ReviewFormat format, String text) {
    switch (format) {
      case MD:
        return text.replaceAll("\\\\(\\p{Punct})", "$1");
      case HTML:
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&#39;", "'").replace("&amp;", "&");
      case JSON:
        return text.replace("\\\"", "\"").replace("\\\\", "\\");
      case CSV:
        return text.replace("\"\"", "\"");
      default:
        throw new AssertionError(format + " without a reading is a bug");
    }
  }
}
