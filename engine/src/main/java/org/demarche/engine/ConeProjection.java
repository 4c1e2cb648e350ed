package org.demarche.engine;

import java.util.Arrays;
import java.util.List;
import org.demarche.engine.GameRandom.Purpose;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.EvalContext;

/**
 * The autopilot's look-ahead from one state: plays the quiet turns of the teams' {@link ScoreCone}s
 * (the delayed effects already running, the dynamics and derived variables, with the engine's own
 * random streams; no events, no income) and scores a team at the end.
 *
 * <p>The look-ahead from the state as it is, the base, is played in full once per state, over the
 * union of the teams' cones: within a team's cone it computes the same values, bit for bit, as
 * over that cone alone, so every team deciding on the state shares it. A look-ahead from a changed
 * start then re-evaluates only the formulas of the team's cone that read a variable the change has
 * reached so far, and takes everything else from the base: it gives the same score as playing it
 * in full, at the cost of what the change touches.
 *
 * <p>A working object of one thread, reused from state to state of one scenario; it is also the
 * {@link EvalContext} its formulas read.
 */
final class ConeProjection implements EvalContext {
  private final Scenario scenario;
  /** Per team: its cone, for its replays and its score. */
  private final List<ScoreCone> cones;
  /** The union of the cones: what the base plays. */
  private final ScoreCone all;
  private final int horizon;
  private final Variable[] variables;
  /** Per dynamic: its condition (or null), its delta and the variable it moves. */
  private final CompiledExpression[] conditions;
  private final CompiledExpression[] deltas;
  private final int[] moves;

  private GameState state;
  private GameRandom random;
  /** The state's values, what a candidate's start is compared with. */
  private double[] opening;
  /** Per projected turn: what the delayed effects already running add, per variable. */
  private final double[][] scheduled;

  /** The look-ahead without a change, per projected turn: what every replay falls back on. */
  private final double[][] baseValues;
  /** Per projected turn and dynamic: what it added in the look-ahead without a change. */
  private final double[][] baseAmounts;
  /** Per team: its indicators' scores after the look-ahead without a change, once asked for. */
  private final double[][] baseIndicators;
  private final double[] baseScores;
  private final boolean[] baseScored;

  /**
   * Per projected turn: the look-ahead being played, what formulas read. At rest it holds the
   * base; a candidate's replay writes its own values and puts the base's back when done.
   */
  private final double[][] values;
  /** What the dynamics evaluated again in the turn being replayed add (those marked this pass). */
  private final double[] amounts;
  private final double[] indicatorScores;
  /**
   * Per variable: whether the candidate's value has differed from the base's so far. Every value
   * a replay writes that is not the base's, to the bit, is of a changed variable.
   */
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

  ConeProjection(Scenario scenario, List<ScoreCone> cones, ScoreCone all) {
    this.scenario = scenario;
    this.cones = cones;
    this.all = all;
    this.horizon = all.horizon();
    this.variables = scenario.variables().toArray(new Variable[0]);
    List<Dynamic> dynamics = scenario.dynamics();
    this.conditions = dynamics.stream().map(Dynamic::when).toArray(CompiledExpression[]::new);
    this.deltas = dynamics.stream().map(Dynamic::delta).toArray(CompiledExpression[]::new);
    this.moves = dynamics.stream().mapToInt(Dynamic::variable).toArray();
    int count = variables.length;
    this.scheduled = new double[horizon + 1][count];
    this.baseValues = new double[horizon + 1][count];
    this.values = new double[horizon + 1][count];
    this.baseAmounts = new double[horizon + 1][dynamics.size()];
    this.amounts = new double[dynamics.size()];
    this.baseIndicators = new double[cones.size()][];
    int mostIndicators = 0;
    for (int team = 0; team < cones.size(); team++) {
      baseIndicators[team] = new double[cones.get(team).indicators().size()];
      mostIndicators = Math.max(mostIndicators, baseIndicators[team].length);
    }
    this.baseScores = new double[cones.size()];
    this.baseScored = new boolean[cones.size()];
    this.indicatorScores = new double[mostIndicators];
    this.changed = new boolean[count];
    this.changedList = new int[count];
    this.dynamicMarks = new int[dynamics.size()];
    this.variableMarks = new int[count];
    this.indicatorMarks = new int[mostIndicators];
    this.toSettle = new int[count];
  }

  Scenario scenario() {
    return scenario;
  }

  /** Looks ahead from {@code state} from now on; nothing to do when it already does. */
  void lookFrom(GameState state) {
    if (state == this.state) {
      return;
    }
    this.state = state;
    this.random = new GameRandom(state.seed);
    this.opening = state.history[state.turn];
    for (int step = 0; step <= horizon; step++) {
      runningEffects(state, state.turn + step, scheduled[step]);
    }
    Arrays.fill(baseScored, false);
    playBase();
  }

  /** Per variable, what the delayed effects already running add in turn {@code turn}. */
  private static void runningEffects(GameState state, int turn, double[] sum) {
    Arrays.fill(sum, 0);
    for (ScheduledEffect e : state.scheduled) {
      if (!e.targetsResource() && e.fromTurn() <= turn && turn <= e.toTurn()) {
        sum[e.target()] += e.amount();
      }
    }
  }

  /** The state's values, which {@link #scoreFrom}'s start differs from. */
  double[] opening() {
    return opening;
  }

  /** {@code team}'s score after the look-ahead from the state as it is. */
  double baseScore(int team) {
    if (!baseScored[team]) {
      ScoreCone cone = cones.get(team);
      current = values[horizon];
      turn = state.turn + horizon;
      double[] scores = baseIndicators[team];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = evalIndicator(cone, team, i);
      }
      baseScores[team] = cone.score(scores);
      baseScored[team] = true;
    }
    return baseScores[team];
  }

  /**
   * {@code team}'s score after the look-ahead from {@code start} (every variable's value; derived
   * ones are recomputed here), the same as playing it in full. {@code start} may differ from the
   * state's values only at the first {@code count} variables of {@code moved}; it is not modified.
   */
  double scoreFrom(int team, double[] start, int[] moved, int count) {
    double base = baseScore(team);
    ScoreCone cone = cones.get(team);
    double[] first = values[0];
    for (int i = 0; i < count; i++) {
      int v = moved[i];
      if (differs(start[v], opening[v])) {
        first[v] = start[v];
        markChanged(v);
      }
    }
    if (changedCount == 0) {
      return base;
    }
    turn = state.turn;
    recomputeChangedDerived(cone, 0);
    for (int step = 1; step <= horizon; step++) {
      turn = state.turn + step;
      replayTurn(cone, step);
      recomputeChangedDerived(cone, step);
    }
    double[] baseScores = baseIndicators[team];
    System.arraycopy(baseScores, 0, indicatorScores, 0, baseScores.length);
    current = values[horizon];
    pass++;
    for (int i = 0; i < changedCount; i++) {
      for (int indicator : cone.indicatorsReading(changedList[i])) {
        if (indicatorMarks[indicator] != pass) {
          indicatorMarks[indicator] = pass;
          indicatorScores[indicator] = evalIndicator(cone, team, indicator);
        }
      }
    }
    double score = cone.score(indicatorScores);
    putBaseBack();
    return score;
  }

  /** Puts the base's values back where the last replay wrote its own, and forgets its changes. */
  private void putBaseBack() {
    for (int i = 0; i < changedCount; i++) {
      int v = changedList[i];
      changed[v] = false;
      for (int step = 0; step <= horizon; step++) {
        values[step][v] = baseValues[step][v];
      }
    }
    changedCount = 0;
  }

  /** Whether two values differ to the bit: the sign of a zero can matter to a formula. */
  private static boolean differs(double a, double b) {
    return Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b);
  }

  private void playBase() {
    double[] first = values[0];
    System.arraycopy(opening, 0, first, 0, first.length);
    turn = state.turn;
    current = first;
    for (int v : all.derived(0)) {
      first[v] = evalDerived(v);
    }
    for (int step = 1; step <= horizon; step++) {
      turn = state.turn + step;
      double[] from = values[step - 1];
      double[] to = values[step];
      current = from;
      pass++;
      for (int d : all.dynamics(step)) {
        baseAmounts[step][d] = evalDynamic(d);
      }
      for (int v = 0; v < to.length; v++) {
        to[v] = settle(all, step, v, from);
      }
      current = to;
      for (int v : all.derived(step)) {
        to[v] = evalDerived(v);
      }
    }
    for (int step = 0; step <= horizon; step++) {
      System.arraycopy(values[step], 0, baseValues[step], 0, values[step].length);
    }
  }

  /**
   * Plays one turn of a candidate: the dynamics that read a changed variable are evaluated again,
   * and the variables they move, or that had changed, are settled again.
   */
  private void replayTurn(ScoreCone cone, int step) {
    double[] from = values[step - 1];
    double[] to = values[step];
    current = from;
    pass++;
    int settleCount = 0;
    int alreadyChanged = changedCount;
    for (int i = 0; i < alreadyChanged; i++) {
      int v = changedList[i];
      settleCount = addToSettle(v, settleCount);
      for (int d : cone.dynamicsReading(step, v)) {
        if (dynamicMarks[d] != pass) {
          dynamicMarks[d] = pass;
          amounts[d] = evalDynamic(d);
          settleCount = addToSettle(moves[d], settleCount);
        }
      }
    }
    double[] base = baseValues[step];
    for (int i = 0; i < settleCount; i++) {
      int v = toSettle[i];
      to[v] = settle(cone, step, v, from);
      if (differs(to[v], base[v])) {
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

  private void recomputeChangedDerived(ScoreCone cone, int step) {
    double[] target = values[step];
    current = target;
    for (int v : cone.derived(step)) {
      if (readsChanged(cone.formulaReads(v))) {
        target[v] = evalDerived(v);
        if (differs(target[v], baseValues[step][v])) {
          markChanged(v);
        }
      }
    }
  }

  /** A variable's value at the end of a turn: its value before, plus what moved it, clamped. */
  private double settle(ScoreCone cone, int step, int variable, double[] from) {
    double delta = scheduled[step][variable];
    for (int d : cone.dynamicsMoving(step, variable)) {
      // A dynamic evaluated again in this pass adds its new amount, any other the base's.
      delta += dynamicMarks[d] == pass ? amounts[d] : baseAmounts[step][d];
    }
    return variables[variable].clamp(from[variable] + delta);
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

  /** What dynamic {@code d} adds: 0 when its condition does not hold. */
  private double evalDynamic(int d) {
    if (conditions[d] != null && eval(conditions[d], Purpose.DYNAMIC, d, 1) == 0) {
      return 0;
    }
    return eval(deltas[d], Purpose.DYNAMIC, d, 0);
  }

  private double evalDerived(int v) {
    Variable variable = variables[v];
    return variable.clamp(eval(variable.formula(), Purpose.DERIVED, v, 0));
  }

  private double evalIndicator(ScoreCone cone, int team, int i) {
    Objective.Indicator indicator = cone.indicators().get(i);
    return indicator.score(eval(indicator.expr(), Purpose.SCORE, team, cone.objectiveOf(i)));
  }

  /** Evaluates like the engine: the same random stream per site, non-finite results as 0. */
  private double eval(CompiledExpression expression, Purpose purpose, int a, int b) {
    if (expression.drawsRandom()) {
      random.use(turn, purpose, a, b);
    }
    return CompiledExpression.finiteOrZero(expression.eval(this));
  }

  @Override
  public double variable(int index) {
    return current[index];
  }

  @Override
  public double lagged(int index, int turnsAgo) {
    int t = Math.max(0, turn - 1 - turnsAgo);
    return t < state.turn ? state.history[t][index] : values[t - state.turn][index];
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
