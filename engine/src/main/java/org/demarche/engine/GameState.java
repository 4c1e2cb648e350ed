package org.demarche.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.demarche.engine.model.FormulaList;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;

/**
 * The whole state of one game between turns. Immutable: the engine builds a new one each turn.
 * A game's state is a function of (scenario, seed, inputs); {@link #hash()} fingerprints it.
 */
public final class GameState {
  static final int NEVER = Integer.MIN_VALUE / 2;
  /** Where an event's counters are in {@link #eventCounters}: at {@code PER_EVENT * event + }… */
  static final int TIMES_FIRED = 0;
  static final int LAST_FIRED = 1;
  static final int ARMED = 2;
  static final int PER_EVENT = 3;

  final long seed;
  final int lastTurn;
  final int turn;
  /** history[k] holds every variable's value after turn k; history[turn] is the current state. */
  final double[][] history;
  final double[] resources;
  final ActionUses uses;
  /**
   * Per event, side by side: how often it fired, the last turn it fired ({@link #NEVER} before),
   * and 1 while it is armed (0 after a hysteresis event fired, until it re-arms); see
   * {@link #TIMES_FIRED}. One array, so a turn copies (and waits for memory) once.
   */
  final int[] eventCounters;
  final List<ScheduledEffect> scheduled;
  final List<PendingDilemma> dilemmas;
  final double[] scores;
  final double[][] objectiveScores;
  final boolean ended;
  final String outcome;
  /** Which end condition ended the game, -1 for its last turn or while it runs. */
  final int endCondition;

  GameState(
      long seed,
      int lastTurn,
      int turn,
      double[][] history,
      double[] resources,
      ActionUses uses,
      int[] eventCounters,
      List<ScheduledEffect> scheduled,
      List<PendingDilemma> dilemmas,
      double[] scores,
      double[][] objectiveScores,
      boolean ended,
      String outcome,
      int endCondition) {
    this.seed = seed;
    this.lastTurn = lastTurn;
    this.turn = turn;
    this.history = history;
    this.resources = resources;
    this.uses = uses;
    this.eventCounters = eventCounters;
    // Kept, not copied: every caller hands over lists that nobody changes afterwards.
    this.scheduled = scheduled;
    this.dilemmas = dilemmas;
    this.scores = scores;
    this.objectiveScores = objectiveScores;
    this.ended = ended;
    this.outcome = outcome;
    this.endCondition = endCondition;
  }

  /**
   * Each scenario's state before turn 1 for seed 0, shared by its games when nothing of it depends
   * on the seed; weak keys, so a scenario nobody plays is let go.
   */
  private static final Map<Scenario, Opening> OPENINGS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** A scenario's opening for seed 0, or null when it draws random numbers and so depends on the seed. */
  private record Opening(GameState seedless) {}

  /** The state before turn 1 of a game of {@code turns} turns. */
  public static GameState initial(Scenario scenario, long seed, int turns) {
    if (turns < 1 || turns > scenario.calendar().maxTurns()) {
      throw new IllegalArgumentException(
          "turns must be between 1 and " + scenario.calendar().maxTurns() + ", got " + turns);
    }
    // The derived variables and the scores are the same in every game unless they draw: each
    // game then takes the shared opening with its own seed rather than computing it again.
    GameState seedless = OPENINGS.computeIfAbsent(scenario, s -> new Opening(
        drawsAtOpening(s) ? null : computeInitial(s, 0, s.calendar().maxTurns()))).seedless();
    return seedless == null
        ? computeInitial(scenario, seed, turns)
        : seedless.forGame(seed, turns);
  }

  /** Whether computing the opening draws random numbers: a derived variable or an indicator does. */
  private static boolean drawsAtOpening(Scenario scenario) {
    for (int i = 0; i < scenario.derivedCount(); i++) {
      if (scenario.variables().get(scenario.derivedAt(i)).formula().drawsRandom()) {
        return true;
      }
    }
    FormulaList indicators = scenario.scoring().formulas();
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i) != null && indicators.get(i).drawsRandom()) {
        return true;
      }
    }
    return false;
  }

  private static GameState computeInitial(Scenario scenario, long seed, int turns) {
    List<Variable> variables = scenario.variables();
    double[] values = new double[variables.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = variables.get(i).initial();
    }
    double[] resources = new double[scenario.resourceCount()];
    for (Team team : scenario.teams()) {
      for (int r = 0; r < team.resources().size(); r++) {
        resources[team.resourceOffset() + r] = team.resources().get(r).initial();
      }
    }
    int[] eventCounters = new int[PER_EVENT * scenario.events().size()];
    for (int e = 0; e < scenario.events().size(); e++) {
      eventCounters[PER_EVENT * e + LAST_FIRED] = NEVER;
      eventCounters[PER_EVENT * e + ARMED] = 1;
    }
    GameState unscored =
        new GameState(
            seed, turns, 0, new double[][] {values}, resources,
            ActionUses.none(scenario.teams().size(), scenario.actions()), eventCounters,
            List.of(), List.of(),
            new double[scenario.teams().size()], new double[scenario.teams().size()][], false, null,
            -1);
    return TurnResolver.opening(scenario, unscored);
  }

  /** The same state for another game: another seed and last turn. */
  private GameState forGame(long gameSeed, int gameLastTurn) {
    return new GameState(gameSeed, gameLastTurn, turn, history, resources, uses, eventCounters,
        scheduled, dilemmas, scores, objectiveScores, ended, outcome, endCondition);
  }

  /** A copy whose current values and scores are replaced, for an instructor's correction. */
  GameState withCurrent(double[] currentValues, double[] newScores, double[][] newObjectiveScores) {
    double[][] changed = history.clone();
    changed[turn] = currentValues;
    return new GameState(seed, lastTurn, turn, changed, resources, uses, eventCounters,
        scheduled, dilemmas, newScores, newObjectiveScores, ended, outcome, endCondition);
  }

  public long seed() {
    return seed;
  }

  /** The last turn resolved, 0 before the first. */
  public int turn() {
    return turn;
  }

  /** The turn the game ends after, unless an end condition ends it sooner. */
  public int lastTurn() {
    return lastTurn;
  }

  public boolean ended() {
    return ended;
  }

  /** The outcome text once the game has ended, else null. */
  public String outcome() {
    return outcome;
  }

  /**
   * The index of the scenario's end condition that ended the game early, or -1 when it ran to its
   * last turn or is still running.
   */
  public int endCondition() {
    return endCondition;
  }

  /** A variable's current value (exact; what a team may see is in its {@link TeamView}). */
  public double value(int variable) {
    return history[turn][variable];
  }

  /** A variable's value after turn {@code turn} (0 for the initial value). */
  public double valueAt(int turn, int variable) {
    return history[turn][variable];
  }

  /** Every variable's current value. */
  public double[] values() {
    return history[turn].clone();
  }

  public double resource(int flatIndex) {
    return resources[flatIndex];
  }

  public double score(int team) {
    return scores[team];
  }

  public double objectiveScore(int team, int objective) {
    return objectiveScores[team][objective];
  }

  /** How often a team has used an action. */
  public int uses(Scenario scenario, int team, int action) {
    return uses.count(team, action);
  }

  public int timesFired(int event) {
    return eventCounters[PER_EVENT * event + TIMES_FIRED];
  }

  public List<PendingDilemma> pendingDilemmas() {
    return dilemmas;
  }

  /**
   * A 64-bit fingerprint of everything in the state; equal states give equal hashes on every JVM.
   * Recorded per turn so a replay that diverges is caught.
   */
  public long hash() {
    StateHasher h = new StateHasher();
    h.add(seed).add(lastTurn).add(turn);
    for (double[] values : history) {
      h.add(values);
    }
    h.add(resources).add(uses.countsByTeamAndAction()).add(uses.lastUsedByTeamAndAction())
        .addEach(eventCounters, TIMES_FIRED, true).addEach(eventCounters, LAST_FIRED, true)
        .addEach(eventCounters, ARMED, false);
    for (ScheduledEffect e : scheduled) {
      h.add(e.targetsResource() ? 1 : 0).add(e.target()).add(e.amount()).add(e.fromTurn())
          .add(e.toTurn());
      Cause c = e.cause();
      h.add(c.kind().ordinal()).add(c.team()).add(c.ref()).add(c.option());
    }
    for (PendingDilemma d : dilemmas) {
      h.add(d.event()).add(d.team()).add(d.raisedOnTurn());
    }
    h.add(scores);
    for (double[] o : objectiveScores) {
      h.add(o);
    }
    h.add(ended ? 1 : 0).add(endCondition).add(outcome == null ? 0 : outcome.hashCode());
    return h.value();
  }

  /** FNV-1a over 64-bit words; String hash codes are specified, so this is stable (enum ones are not). */
  private static final class StateHasher {
    private long value = 0xcbf29ce484222325L;

    StateHasher add(long word) {
      value = (value ^ word) * 0x100000001b3L;
      return this;
    }

    StateHasher add(double d) {
      return add(Double.doubleToLongBits(d));
    }

    StateHasher add(double[] values) {
      add(values.length);
      for (double v : values) {
        add(v);
      }
      return this;
    }

    StateHasher add(int[] values) {
      add(values.length);
      for (int v : values) {
        add(v);
      }
      return this;
    }

    /**
     * One counter of every event, as the hash has always taken it: like {@link #add(int[])} with
     * the count first, or one by one without (the armed flags).
     */
    StateHasher addEach(int[] counters, int which, boolean withLength) {
      if (withLength) {
        add(counters.length / PER_EVENT);
      }
      for (int at = which; at < counters.length; at += PER_EVENT) {
        add(counters[at]);
      }
      return this;
    }

    long value() {
      return value;
    }
  }
}
