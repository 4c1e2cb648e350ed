package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.demarche.engine.TeamView;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;

/**
 * Builds a review's series from turn 0 to the last turn played: the visible variables in scenario
 * order, then for each visible team its score, its objective scores and its resources.
 */
final class SeriesBuilder {
  private final Disclosure disclosure;
  private final Summary summary;

  private SeriesBuilder(Disclosure disclosure, Summary summary) {
    this.disclosure = disclosure;
    this.summary = summary;
  }

  static List<Series> build(Disclosure disclosure, Summary summary) {
    return new SeriesBuilder(disclosure, summary).all();
  }

  private List<Series> all() {
    Scenario scenario = disclosure.scenario();
    List<Series> result = new ArrayList<>();
    for (int v : disclosure.variables()) {
      Variable variable = scenario.variables().get(v);
      result.add(new Series(Series.Kind.VARIABLE, "", variable.id(), variable.label(),
          text(variable.unit()), points(turn -> seen(turn, v))));
    }
    for (int t : disclosure.teams()) {
      Team team = scenario.teams().get(t);
      result.add(new Series(Series.Kind.SCORE, team.id(), "score", "Score", "",
          exact(turn -> disclosure.score(turn, t))));
      for (int o = 0; o < team.objectives().size(); o++) {
        Objective objective = team.objectives().get(o);
        int index = o;
        result.add(new Series(Series.Kind.OBJECTIVE, team.id(), objective.id(), objective.name(),
            "", exact(turn -> disclosure.objectiveScore(turn, t, index))));
      }
      for (int r = 0; r < team.resources().size(); r++) {
        Resource resource = team.resources().get(r);
        int slot = team.resourceOffset() + r;
        result.add(new Series(Series.Kind.RESOURCE, team.id(), resource.id(), resource.label(),
            text(resource.unit()), exact(turn -> disclosure.resource(turn, slot))));
      }
    }
    return result;
  }

  private Series.Point seen(int turn, int variable) {
    TeamView.VariableView view = disclosure.variable(turn, variable);
    return new Series.Point(turn, summary.label(turn), view.value(), view.estimate());
  }

  private List<Series.Point> exact(IntToDoubleFunction valueAfter) {
    return points(turn ->
        new Series.Point(turn, summary.label(turn), valueAfter.applyAsDouble(turn), false));
  }

  private List<Series.Point> points(IntFunction<Series.Point> pointAfter) {
    List<Series.Point> points = new ArrayList<>();
    for (int turn = 0; turn <= disclosure.turnsPlayed(); turn++) {
      points.add(pointAfter.apply(turn));
    }
    return points;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
