package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.engine.TeamView;
import org.demarche.engine.TurnReport;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.Channel;

/**
 * What one audience may see of a game record: the one place that redacts it for a team, so the
 * builders of a review cannot read what a team was not shown. A team gets its own reports
 * ({@link TurnReport#forTeam}), its own views as shown (estimates as they were, hidden variables
 * absent), the messages it could read, its own agreements and the instructor acts that reveal
 * nothing private. Everyone gets the whole record. Any thread.
 */
final class Disclosure {
  /**
   * Instructor acts a team may read: they say how the exercise was run, and broadcasts went to
   * everyone anyway. The others stay out: an inject names an event the team may not witness, an ad
   * hoc inject or a correction carries amounts, hidden variables and reasons, and an assignment
   * names the players of other teams.
   */
  static final Set<String> ACTS_FOR_TEAMS =
      Set.of("start", "pause", "resume", "advance", "end", "extend", "broadcast");

  private final GameRecord record;
  private final int team;
  private final List<TurnReport> reports;

  Disclosure(GameRecord record, Audience audience) {
    this.record = record;
    this.team = audience.teamIndex(record.scenario());
    List<TurnReport> visible = new ArrayList<>();
    for (TurnReport report : record.reports()) {
      visible.add(everyone() ? report : report.forTeam(team));
    }
    this.reports = List.copyOf(visible);
  }

  String gameId() {
    return record.gameId();
  }

  String scenarioId() {
    return record.scenarioId();
  }

  GameRecord.Branch branch() {
    return record.branch();
  }

  int turnsPlayed() {
    return record.turnsPlayed();
  }

  boolean ended() {
    return record.ended();
  }

  /** The outcome text once the game has ended; every team was told it. */
  String outcome() {
    return record.outcome();
  }

  /** The seed, for everyone only: with it and the scenario a team could replay others' chances. */
  Long seed() {
    return everyone() ? record.seed() : null;
  }

  Scenario scenario() {
    return record.scenario();
  }

  boolean everyone() {
    return team < 0;
  }

  /** The audience's team index; -1 for everyone. */
  int team() {
    return team;
  }

  /** The report of turn {@code turn} (from 1) as the audience may read it. */
  TurnReport report(int turn) {
    return reports.get(turn - 1);
  }

  /** The teams whose resources and scores the audience may see, in scenario order. */
  List<Integer> teams() {
    if (!everyone()) {
      return List.of(team);
    }
    List<Integer> all = new ArrayList<>();
    for (int t = 0; t < scenario().teams().size(); t++) {
      all.add(t);
    }
    return all;
  }

  /** The variables the audience may see; a variable's visibility never changes in a game. */
  List<Integer> variables() {
    List<Integer> visible = new ArrayList<>();
    for (int v = 0; v < scenario().variables().size(); v++) {
      if (everyone() || ownView(0).variable(v) != null) {
        visible.add(v);
      }
    }
    return visible;
  }

  /** A visible variable after {@code turn}: exact for everyone, as shown to a team. */
  TeamView.VariableView variable(int turn, int variable) {
    if (everyone()) {
      return new TeamView.VariableView(variable, record.states().get(turn).value(variable), false);
    }
    return ownView(turn).variable(variable);
  }

  /** A resource slot after {@code turn}, of one of {@link #teams()}. */
  double resource(int turn, int slot) {
    if (everyone()) {
      return record.states().get(turn).resource(slot);
    }
    for (TeamView.ResourceView r : ownView(turn).resources()) {
      if (r.resource() == slot) {
        return r.value();
      }
    }
    throw new AssertionError("resource slot " + slot + " outside team " + team + " is a bug");
  }

  /** A team's total score after {@code turn}, of one of {@link #teams()}. */
  double score(int turn, int team) {
    return everyone() ? record.states().get(turn).score(team) : ownView(turn).score();
  }

  /** A team's objective score after {@code turn}, of one of {@link #teams()}. */
  double objectiveScore(int turn, int team, int objective) {
    return everyone() ? record.states().get(turn).objectiveScore(team, objective)
        : ownView(turn).objectiveScores().get(objective);
  }

  List<GameRecord.Act> acts() {
    List<GameRecord.Act> result = new ArrayList<>();
    for (GameRecord.Act act : record.acts()) {
      if (everyone() || ACTS_FOR_TEAMS.contains(act.what())) {
        result.add(act);
      }
    }
    return result;
  }

  /** Public messages and broadcasts, the team's own channel and the pairs it is part of. */
  List<GameRecord.Message> messages() {
    List<GameRecord.Message> result = new ArrayList<>();
    for (GameRecord.Message m : record.messages()) {
      if (everyone() || readable(m)) {
        result.add(m);
      }
    }
    return result;
  }

  private boolean readable(GameRecord.Message m) {
    String own = ownId();
    if (m.channel() == Channel.PUBLIC || m.channel() == Channel.BROADCAST) {
      return true;
    }
    if (m.channel() == Channel.TEAM) {
      return m.fromTeamId().equals(own);
    }
    return m.fromTeamId().equals(own) || m.toTeamId().equals(own);
  }

  /** Agreements the team is party to. */
  List<GameRecord.Agreement> agreements() {
    List<GameRecord.Agreement> result = new ArrayList<>();
    for (GameRecord.Agreement a : record.agreements()) {
      if (everyone() || a.fromTeamId().equals(ownId()) || a.toTeamId().equals(ownId())) {
        result.add(a);
      }
    }
    return result;
  }

  private String ownId() {
    return scenario().teams().get(team).id();
  }

  private TeamView ownView(int turn) {
    return record.seen().get(turn).get(team);
  }
}
