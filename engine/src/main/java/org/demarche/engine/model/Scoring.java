package org.demarche.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.demarche.expr.CompiledExpression;

/**
 * Every team's objectives and indicators laid out flat, team by team and objective by objective,
 * with their weight sums added up once: what a turn scores with, without walking the nested
 * lists. The sums are added in the same order as a walk would, so the scores keep their bits.
 */
public final class Scoring {
  private final Objective.Indicator[] indicators;
  /**
   * Per indicator, the variable it reads when its formula is just that (all of Bolivia's are),
   * else -1: those are read straight from the values, not evaluated.
   */
  private final int[] variables;
  /** The other indicators' formulas, null at the indicators that read a variable. */
  private final FormulaList formulas;
  /** Per team, the end (exclusive) of its objectives in the objective arrays. */
  private final int[] objectivesEnd;
  /** Per team, the sum of its objectives' weights. */
  private final double[] objectiveWeights;
  /** Per objective, the end (exclusive) of its indicators in {@link #indicators}. */
  private final int[] indicatorsEnd;
  private final double[] objectiveWeight;
  /** Per objective, the sum of its indicators' weights. */
  private final double[] indicatorWeights;

  Scoring(List<Team> teams) {
    List<Objective> objectives = new ArrayList<>();
    objectivesEnd = new int[teams.size()];
    objectiveWeights = new double[teams.size()];
    for (int t = 0; t < teams.size(); t++) {
      for (Objective objective : teams.get(t).objectives()) {
        objectives.add(objective);
        objectiveWeights[t] += objective.weight();
      }
      objectivesEnd[t] = objectives.size();
    }
    List<Objective.Indicator> flat = new ArrayList<>();
    indicatorsEnd = new int[objectives.size()];
    objectiveWeight = new double[objectives.size()];
    indicatorWeights = new double[objectives.size()];
    for (int o = 0; o < objectives.size(); o++) {
      for (Objective.Indicator indicator : objectives.get(o).indicators()) {
        flat.add(indicator);
        indicatorWeights[o] += indicator.weight();
      }
      indicatorsEnd[o] = flat.size();
      objectiveWeight[o] = objectives.get(o).weight();
    }
    indicators = flat.toArray(new Objective.Indicator[0]);
    variables = new int[indicators.length];
    List<CompiledExpression> others = new ArrayList<>();
    for (int i = 0; i < indicators.length; i++) {
      variables[i] = indicators[i].expr().variableIndex();
      others.add(variables[i] >= 0 ? null : indicators[i].expr());
    }
    formulas = new FormulaList(others);
  }

  /**
   * The indicators' formulas that {@link #score} asks {@link IndicatorValues} for, by indicator
   * index, in the flat order; null at the others.
   */
  public FormulaList formulas() {
    return formulas;
  }

  /**
   * Fills every team's score and its objectives' scores for the variables' values {@code at};
   * {@code others} gives the values of the indicators that are not a plain variable.
   */
  public void score(
      double[] at, IndicatorValues others, double[] scores, double[][] objectiveScores) {
    int o = 0;
    int i = 0;
    for (int t = 0; t < objectivesEnd.length; t++) {
      int first = o;
      double[] byObjective = new double[objectivesEnd[t] - first];
      double total = 0;
      for (; o < objectivesEnd[t]; o++) {
        double sum = 0;
        for (; i < indicatorsEnd[o]; i++) {
          double value =
              variables[i] >= 0
              ? CompiledExpression.finiteOrZero(at[variables[i]]) : others.value(i, t, o - first);
          Objective.Indicator indicator = indicators[i];
          sum += indicator.weight() * indicator.score(value);
        }
        byObjective[o - first] = sum / indicatorWeights[o];
        total += objectiveWeight[o] * byObjective[o - first];
      }
      objectiveScores[t] = byObjective;
      scores[t] = objectiveWeights[t] == 0 ? 0 : total / objectiveWeights[t];
    }
  }

  /** Where {@link #score} reads the values of the indicators that are not a plain variable. */
  @FunctionalInterface
  public interface IndicatorValues {
    /** The value of indicator {@code i}, of objective {@code objective} of {@code team}. */
    double value(int i, int team, int objective);
  }
}
