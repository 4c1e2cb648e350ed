package org.demarche.engine;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.GameRandom.Purpose;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.engine.model.Visibility;

/** Builds each team's view of a state: the one place that decides what a team may see of it. */
public final class Views {
  private Views() {}

  /** Every team's view, in the scenario's team order. */
  public static List<TeamView> all(Scenario scenario, GameState state) {
    List<TeamView> views = new ArrayList<>(scenario.teams().size());
    for (int t = 0; t < scenario.teams().size(); t++) {
      views.add(of(scenario, state, t));
    }
    return views;
  }

  /** One team's view. Estimates draw from the game's generator, so they are the same on replay. */
  public static TeamView of(Scenario scenario, GameState state, int team) {
    GameRandom random = new GameRandom(state.seed);
    List<TeamView.VariableView> variables = new ArrayList<>();
    for (int v = 0; v < scenario.variables().size(); v++) {
      Variable variable = scenario.variables().get(v);
      Visibility visibility = variable.visibility()[team];
      double value = state.value(v);
      if (visibility == Visibility.HIDDEN) {
        continue;
      }
      boolean estimate = visibility == Visibility.ESTIMATE;
      if (estimate) {
        random.use(state.turn, Purpose.ESTIMATE, team, v);
        value = value * (1 + variable.noise() * random.nextGaussian());
      }
      variables.add(new TeamView.VariableView(v, value, estimate));
    }
    Team t = scenario.teams().get(team);
    List<TeamView.ResourceView> resources = new ArrayList<>();
    for (int r = 0; r < t.resources().size(); r++) {
      int slot = t.resourceOffset() + r;
      resources.add(new TeamView.ResourceView(slot, state.resource(slot)));
    }
    List<Double> objectives = new ArrayList<>();
    for (double s : state.objectiveScores[team]) {
      objectives.add(s);
    }
    List<PendingDilemma> dilemmas = new ArrayList<>();
    for (PendingDilemma d : state.dilemmas) {
      if (d.team() == team) {
        dilemmas.add(d);
      }
    }
    return new TeamView(
        team, state.turn, scenario.calendar().label(state.turn), variables, resources,
        state.scores[team], objectives, dilemmas, state.ended, state.outcome);
  }
}
