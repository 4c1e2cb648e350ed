package org.demarche.engine;

import java.util.Arrays;
import org.demarche.engine.GameRandom.Purpose;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.EvalContext;

/**
 * The autopilot's look-ahead for one team from one state: plays the quiet turns of the team's
 * {@link ScoreCone} (the delayed effects already running, its dynamics and derived variables, with
 * the engine's own random streams; no events, no income) and scores the team at the end.
 *
 * <p>The look-ahead from the state as it is, the base, is played in full once. A look-ahead from a
 * changed start then re-evaluates only the formulas that read a variable the change has reached
 * so far, and takes everything else from the base: it gives the same score as playing it in full,
 * at the cost of what the change touches.
 *
 * <p>A working object of one decision: created per state and team, used by one thread, reused for
 * every candidate; it is also the {@link EvalContext} its formulas read.
 */
final class ConeProjection implements EvalContext {
  private final Scenario scenario;
  private final GameState state;
  private final int team;
  private final ScoreCone cone;
  private final int horizon;
  private final GameRandom random;
  /** The state's values, what a candidate's start is compared with. */
  private final double[] opening;
  /** The real history up to the state's turn, then the turns being projected. */
  private final double[][] history;
  /** Per projected turn: what the delayed effects already running add, per variable. */
  private final double[][] scheduled;

  /** The look-ahead without a change, per projected turn: what every replay falls back on. */
  private final double[][] baseValues;
  /** Per projected turn, what each dynamic of the cone added in the look-ahead without a change. */
  private final double[][] baseAmounts;
  private final double[] baseIndicators;
  private final double baseScore;

  /** One candidate's replay, overwritten by the next. */
  private final double[][] values;
  private final double[][] amounts;
  private final double[] indicatorScores;
  /** Per variable: whether the candidate's value has differed from the base's so far. */
  private final boolean[] changed;
  private final int[] changedList;
  private int changedCount;
  /** Visit marks, so that nothing is re-evaluated twice in one pass. */
  private final int[] dynamicMarks;
  private final int[] variableMarks;
  private final int[] indicatorMarks;
  private final int[] toSettle;
  private int pass;

  private double[] current;
  private int turn;

  ConeProjection(Scenario scenario, GameState state, int team, ScoreCone cone) {
    this.scenario = scenario;
    this.state = state;
    this.team = team;
    this.cone = cone;
    this.horizon = cone.horizon();
    this.random = new GameRandom(state.seed);
    this.opening = state.history[state.turn];
    this.history = Arrays.copyOf(state.history, state.turn + horizon + 1);
    int variables = opening.length;
    this.scheduled = new double[horizon + 1][];
    this.baseValues = new double[horizon + 1][];
    this.values = new double[horizon + 1][];
    this.baseAmounts = new double[horizon + 1][];
    this.amounts = new double[horizon + 1][];
    int mostDynamics = 0;
    for (int step = 0; step <= horizon; step++) {
      scheduled[step] = runningEffects(state, state.turn + step, variables);
      baseValues[step] = new double[variables];
      values[step] = new double[variables];
      baseAmounts[step] = new double[cone.dynamics(step).length];
      amounts[step] = new double[cone.dynamics(step).length];
      mostDynamics = Math.max(mostDynamics, amounts[step].length);
    }
    this.baseIndicators = new double[cone.indicators().size()];
    this.indicatorScores = new double[baseIndicators.length];
    this.changed = new boolean[variables];
    this.changedList = new int[variables];
    this.dynamicMarks = new int[mostDynamics];
    this.variableMarks = new int[variables];
    this.indicatorMarks = new int[baseIndicators.length];
    this.toSettle = new int[variables];
    this.baseScore = playBase();
  }

  /** Per variable, what the delayed effects already running add in turn {@code turn}. */
  private static double[] runningEffects(GameState state, int turn, int variables) {
    double[] sum = new double[variables];
    for (ScheduledEffect e : state.scheduled) {
      if (!e.targetsResource() && e.fromTurn() <= turn && turn <= e.toTurn()) {
        sum[e.target()] += e.amount();
      }
    }
    return sum;
  }

  /** The team's score after the look-ahead from the state as it is. */
  double baseScore() {
    return baseScore;
  }

  /**
   * The team's score after the look-ahead from {@code start} (every variable's value, derived
   * ones recomputed here), the same as playing it in full; {@code start} is not modified.
   */
  double scoreFrom(double[] start) {
    for (int i = 0; i < changedCount; i++) {
      changed[changedList[i]] = false;
    }
    changedCount = 0;
    double[] first = values[0];
    System.arraycopy(baseValues[0], 0, first, 0, first.length);
    for (int v = 0; v < first.length; v++) {
      if (start[v] != opening[v]) {
        first[v] = start[v];
        markChanged(v);
      }
    }
    if (changedCount == 0) {
      return baseScore;
    }
    turn = state.turn;
    history[turn] = first;
    recomputeChangedDerived(0);
    for (int step = 1; step <= horizon; step++) {
      turn = state.turn + step;
      System.arraycopy(baseValues[step], 0, values[step], 0, first.length);
      history[turn] = values[step];
      replayTurn(step);
      recomputeChangedDerived(step);
    }
    System.arraycopy(baseIndicators, 0, indicatorScores, 0, indicatorScores.length);
    current = values[horizon];
    pass++;
    for (int i = 0; i < changedCount; i++) {
      for (int indicator : cone.indicatorsReading(changedList[i])) {
        if (indicatorMarks[indicator] != pass) {
          indicatorMarks[indicator] = pass;
          indicatorScores[indicator] = evalIndicator(indicator);
        }
      }
    }
    return cone.score(indicatorScores);
  }

  private double playBase() {
    double[] first = baseValues[0];
    System.arraycopy(opening, 0, first, 0, first.length);
    turn = state.turn;
    history[turn] = first;
    current = first;
    for (int v : cone.derived(0)) {
      first[v] = evalDerived(v);
    }
    for (int step = 1; step <= horizon; step++) {
      turn = state.turn + step;
      double[] to = baseValues[step];
      history[turn] = to;
      current = baseValues[step - 1];
      for (int k = 0; k < baseAmounts[step].length; k++) {
        baseAmounts[step][k] = evalDynamic(step, k);
      }
      for (int v = 0; v < to.length; v++) {
        settle(step, v, baseValues[step - 1], to, baseAmounts[step]);
      }
      current = to;
      for (int v : cone.derived(step)) {
        to[v] = evalDerived(v);
      }
    }
    current = baseValues[horizon];
    for (int i = 0; i < baseIndicators.length; i++) {
      baseIndicators[i] = evalIndicator(i);
    }
    return cone.score(baseIndicators);
  }

  /**
   * Plays one turn of a candidate: the dynamics that read a changed variable are evaluated again,
   * and the variables they move, or that had changed, are settled again.
   */
  private void replayTurn(int step) {
    double[] from = values[step - 1];
    double[] to = values[step];
    double[] amount = amounts[step];
    System.arraycopy(baseAmounts[step], 0, amount, 0, amount.length);
    current = from;
    pass++;
    int settleCount = 0;
    int alreadyChanged = changedCount;
    for (int i = 0; i < alreadyChanged; i++) {
      int v = changedList[i];
      settleCount = addToSettle(v, settleCount);
      for (int k : cone.dynamicsReading(step, v)) {
        if (dynamicMarks[k] != pass) {
          dynamicMarks[k] = pass;
          amount[k] = evalDynamic(step, k);
          settleCount = addToSettle(scenario.dynamics().get(cone.dynamics(step)[k]).variable(),
              settleCount);
        }
      }
    }
    for (int i = 0; i < settleCount; i++) {
      int v = toSettle[i];
      settle(step, v, from, to, amount);
      if (to[v] != baseValues[step][v]) {
        markChanged(v);
      }
    }
  }

  private int addToSettle(int variable, int count) {
    if (variableMarks[variable] == pass) {
      return count;
    }
    variableMarks[variable] = pass;
    toSettle[count] = variable;
    return count + 1;
  }

  private void recomputeChangedDerived(int step) {
    double[] target = values[step];
    current = target;
    for (int v : cone.derived(step)) {
      if (readsChanged(cone.formulaReads(v))) {
        target[v] = evalDerived(v);
        if (target[v] != baseValues[step][v]) {
          markChanged(v);
        }
      }
    }
  }

  /** A variable's value at the end of a turn: its value before, plus what moved it, clamped. */
  private void settle(int step, int variable, double[] from, double[] to, double[] amount) {
    double delta = scheduled[step][variable];
    for (int k : cone.dynamicsMoving(step, variable)) {
      delta += amount[k];
    }
    to[variable] = scenario.variables().get(variable).clamp(from[variable] + delta);
  }

  private boolean readsChanged(int[] reads) {
    for (int v : reads) {
      if (changed[v]) {
        return true;
      }
    }
    return false;
  }

  private void markChanged(int variable) {
    if (!changed[variable]) {
      changed[variable] = true;
      changedList[changedCount++] = variable;
    }
  }

  /** What dynamic {@code k} of turn {@code step} adds: 0 when its condition does not hold. */
  private double evalDynamic(int step, int k) {
    int d = cone.dynamics(step)[k];
    Dynamic dynamic = scenario.dynamics().get(d);
    if (dynamic.when() != null && eval(dynamic.when(), Purpose.DYNAMIC, d, 1) == 0) {
      return 0;
    }
    return eval(dynamic.delta(), Purpose.DYNAMIC, d, 0);
  }

  private double evalDerived(int v) {
    Variable variable = scenario.variables().get(v);
    return variable.clamp(eval(variable.formula(), Purpose.DERIVED, v, 0));
  }

  private double evalIndicator(int i) {
    Objective.Indicator indicator = cone.indicators().get(i);
    return indicator.score(eval(indicator.expr(), Purpose.SCORE, team, cone.objectiveOf(i)));
  }

  /** Evaluates like the engine: the same random stream per site, non-finite results as 0. */
  private double eval(CompiledExpression expression, Purpose purpose, int a, int b) {
    if (expression.drawsRandom()) {
      random.use(turn, purpose, a, b);
    }
    double result = expression.eval(this);
    return Double.isFinite(result) ? result : 0;
  }

  @Override
  public double variable(int index) {
    return current[index];
  }

  @Override
  public double lagged(int index, int turnsAgo) {
    return history[Math.max(0, turn - 1 - turnsAgo)][index];
  }

  @Override
  public double resource(int index) {
    return state.resources[index];
  }

  @Override
  public double selfResource(int index) {
    throw new AssertionError("dynamics, derived variables and indicators never read self: a bug");
  }

  @Override
  public int turn() {
    return turn;
  }

  @Override
  public double nextRandom() {
    return random.nextDouble();
  }
}
