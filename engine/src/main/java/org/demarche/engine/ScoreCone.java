package org.demarche.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Scenario;
import org.demarche.expr.CompiledExpression;

/**
 * The part of a scenario that can move one team's score within the few quiet turns of the
 * autopilot's look-ahead, found once per scenario by walking back from what the team's indicators
 * read through what the dynamics and derived variables read; and, inside it, who reads what, so
 * that a look-ahead from a slightly different start re-evaluates only what the difference reaches.
 * Per projected turn it names the dynamics and derived variables worth evaluating. The cone of all
 * teams together ({@link #ofAll}) is the union of theirs. Immutable; safe to share between threads.
 */
final class ScoreCone {
  private final int horizon;
  /** Per variable: whether its value at the start of the look-ahead can move the score. */
  private final boolean[] matters;
  /** Per projected turn (1 to the horizon; 0 has none): the dynamics to evaluate, in order. */
  private final int[][] dynamics;
  /** Per projected turn and variable: the dynamics of the turn whose formulas read it. */
  private final int[][][] dynamicsReading;
  /** Per projected turn and variable: the dynamics of the turn that move it, in order. */
  private final int[][][] dynamicsMoving;
  /** Per projected turn (0 for the start): the derived variables to recompute, in order. */
  private final int[][] derived;
  /** Per variable: what its formula reads, empty for a stored variable. */
  private final int[][] formulaReads;
  /** The teams' indicators, objective after objective. */
  private final List<Objective.Indicator> indicators;
  /** Per indicator: the position of its objective. */
  private final int[] objectiveOf;
  /** Per indicator: its weight within its objective. */
  private final double[] indicatorWeights;
  /** Per objective: its weight, and the position after its last indicator. */
  private final double[] objectiveWeights;
  private final int[] objectiveEnds;
  /** Per variable: the indicators that read it. */
  private final int[][] indicatorsReading;

  private ScoreCone(Scenario scenario, List<Objective> objectives, int horizon) {
    this.horizon = horizon;
    int variables = scenario.variables().size();
    this.formulaReads = new int[variables][];
    for (int v = 0; v < variables; v++) {
      formulaReads[v] = reads(scenario.variables().get(v).formula());
    }
    this.indicators = new ArrayList<>();
    List<Integer> objectiveOfIndicator = new ArrayList<>();
    this.objectiveWeights = new double[objectives.size()];
    this.objectiveEnds = new int[objectives.size()];
    for (int o = 0; o < objectives.size(); o++) {
      for (Objective.Indicator indicator : objectives.get(o).indicators()) {
        indicators.add(indicator);
        objectiveOfIndicator.add(o);
      }
      objectiveWeights[o] = objectives.get(o).weight();
      objectiveEnds[o] = indicators.size();
    }
    this.objectiveOf = objectiveOfIndicator.stream().mapToInt(Integer::intValue).toArray();
    this.indicatorWeights = indicators.stream().mapToDouble(Objective.Indicator::weight).toArray();
    this.indicatorsReading = readersOf(variables, indicators.size(),
        i -> reads(indicators.get(i).expr()));

    boolean[] needed = new boolean[variables];
    for (Objective.Indicator indicator : indicators) {
      mark(reads(indicator.expr()), needed);
    }
    addDerivedReads(needed);
    this.dynamics = new int[horizon + 1][];
    this.dynamicsReading = new int[horizon + 1][][];
    this.dynamicsMoving = new int[horizon + 1][][];
    this.derived = new int[horizon + 1][];
    dynamics[0] = new int[0];
    // Walk back one turn at a time: what must be right at the end of turn j needs, at its start,
    // itself (a stored variable carries over) and whatever the dynamics that move it read.
    for (int turn = horizon; turn >= 1; turn--) {
      derived[turn] = derivedAmong(scenario, needed);
      int[] moving = dynamicsMoving(scenario, needed);
      List<Dynamic> all = scenario.dynamics();
      dynamics[turn] = moving;
      dynamicsReading[turn] = ids(moving, readersOf(variables, moving.length,
          k -> reads(all.get(moving[k]))));
      dynamicsMoving[turn] = ids(moving, readersOf(variables, moving.length,
          k -> new int[] {all.get(moving[k]).variable()}));
      for (int d : moving) {
        mark(reads(all.get(d)), needed);
      }
      addDerivedReads(needed);
    }
    derived[0] = derivedAmong(scenario, needed);
    this.matters = needed;
  }

  /** The cone of {@code team}'s score over {@code horizon} quiet turns. */
  static ScoreCone of(Scenario scenario, int team, int horizon) {
    return new ScoreCone(scenario, scenario.teams().get(team).objectives(), horizon);
  }

  /** The union of every team's cone over {@code horizon} quiet turns. */
  static ScoreCone ofAll(Scenario scenario, int horizon) {
    List<Objective> objectives = new ArrayList<>();
    scenario.teams().forEach(team -> objectives.addAll(team.objectives()));
    return new ScoreCone(scenario, objectives, horizon);
  }

  /** Whether any of {@code effects} moves a variable whose change can move the score. */
  boolean reachedBy(List<Effect> effects) {
    for (Effect effect : effects) {
      if (!effect.targetsResource() && matters[effect.target()]) {
        return true;
      }
    }
    return false;
  }

  int horizon() {
    return horizon;
  }

  /** The dynamics to evaluate in projected turn {@code turn} (1 to the horizon), in order. */
  int[] dynamics(int turn) {
    return dynamics[turn];
  }

  /** The dynamics of {@code turn} (among {@link #dynamics(int)}) that read {@code variable}. */
  int[] dynamicsReading(int turn, int variable) {
    return dynamicsReading[turn][variable];
  }

  /** The dynamics of {@code turn} (among {@link #dynamics(int)}) that move it, in order. */
  int[] dynamicsMoving(int turn, int variable) {
    return dynamicsMoving[turn][variable];
  }

  /** The derived variables to recompute at the end of projected turn {@code turn} (0: start). */
  int[] derived(int turn) {
    return derived[turn];
  }

  /** What the formula of derived variable {@code variable} reads. */
  int[] formulaReads(int variable) {
    return formulaReads[variable];
  }

  List<Objective.Indicator> indicators() {
    return indicators;
  }

  /** The position among the team's objectives of the objective of {@code indicator}. */
  int objectiveOf(int indicator) {
    return objectiveOf[indicator];
  }

  /**
   * The team's score from its indicators' scores (0-100, indexed like {@link #indicators()}): the
   * weighted mean of its objectives, each the weighted mean of its indicators, as the engine
   * scores it.
   */
  double score(double[] indicatorScores) {
    double total = 0;
    double weights = 0;
    int i = 0;
    for (int o = 0; o < objectiveWeights.length; o++) {
      double sum = 0;
      double weightsOfIndicators = 0;
      for (; i < objectiveEnds[o]; i++) {
        sum += indicatorWeights[i] * indicatorScores[i];
        weightsOfIndicators += indicatorWeights[i];
      }
      total += objectiveWeights[o] * (sum / weightsOfIndicators);
      weights += objectiveWeights[o];
    }
    return weights == 0 ? 0 : total / weights;
  }

  /** The indicators that read {@code variable}. */
  int[] indicatorsReading(int variable) {
    return indicatorsReading[variable];
  }

  private static int[] reads(Dynamic dynamic) {
    int[] delta = reads(dynamic.delta());
    int[] when = reads(dynamic.when());
    return IntStream.concat(IntStream.of(delta), IntStream.of(when)).distinct().sorted().toArray();
  }

  private static int[] reads(CompiledExpression expression) {
    return expression == null ? new int[0] : expression.variablesRead();
  }

  private static void mark(int[] variables, boolean[] needed) {
    for (int v : variables) {
      needed[v] = true;
    }
  }

  /** For each variable, which of {@code count} formulas read it, given what each formula reads. */
  private static int[][] readersOf(int variables, int count, IntFunction<int[]> readsOf) {
    List<List<Integer>> readers = new ArrayList<>();
    for (int v = 0; v < variables; v++) {
      readers.add(new ArrayList<>());
    }
    for (int f = 0; f < count; f++) {
      for (int v : readsOf.apply(f)) {
        readers.get(v).add(f);
      }
    }
    int[][] result = new int[variables][];
    for (int v = 0; v < variables; v++) {
      result[v] = readers.get(v).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  /** Positions in {@code dynamics} replaced by the dynamics at those positions. */
  private static int[][] ids(int[] dynamics, int[][] positions) {
    for (int[] list : positions) {
      for (int i = 0; i < list.length; i++) {
        list[i] = dynamics[list[i]];
      }
    }
    return positions;
  }

  /** Adds what every needed derived variable reads, and what those read, and so on. */
  private void addDerivedReads(boolean[] needed) {
    Deque<Integer> pending = new ArrayDeque<>();
    for (int v = 0; v < needed.length; v++) {
      if (needed[v]) {
        pending.add(v);
      }
    }
    while (!pending.isEmpty()) {
      for (int read : formulaReads[pending.remove()]) {
        if (!needed[read]) {
          needed[read] = true;
          pending.add(read);
        }
      }
    }
  }

  private static int[] derivedAmong(Scenario scenario, boolean[] needed) {
    return IntStream.range(0, scenario.derivedCount()).map(scenario::derivedAt)
        .filter(v -> needed[v]).toArray();
  }

  private static int[] dynamicsMoving(Scenario scenario, boolean[] needed) {
    return IntStream.range(0, scenario.dynamics().size())
        .filter(d -> needed[scenario.dynamics().get(d).variable()]).toArray();
  }
}
