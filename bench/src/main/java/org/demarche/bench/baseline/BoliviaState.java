package org.demarche.bench.baseline;

import java.util.Arrays;
import java.util.List;

/**
 * The hand-written Bolivia game between two turns: values, resources, what has been used and
 * fired, effects still to come. Its arrays belong to it; a turn copies them before changing them.
 */
public final class BoliviaState {
  /** A turn number before any turn, as the engine's "never used" and "never fired". */
  static final int NEVER = Integer.MIN_VALUE / 2;

  final long seed;
  final int lastTurn;
  final int turn;
  final double[] values;
  final double[] resources;
  /**
   * Uses of each action: by its one team, or by both partners of a joint action, which only ever
   * use it together.
   */
  final int[] uses;
  /** The turn each action was last used, as {@link #uses} counts it. */
  final int[] lastUsed;
  final int[] timesFired;
  final int[] lastFired;
  /** Whether each hysteresis event may fire again (it re-arms when its condition has eased). */
  final boolean[] armed;
  final List<Scheduled> scheduled;
  /** The events whose dilemmas wait for an answer next turn, in the order they were put. */
  final int[] dilemmas;
  final double[] scores;
  /** The end condition that ended the game, or -1. */
  final int endCondition;
  final boolean ended;

  BoliviaState(long seed, int lastTurn, int turn, double[] values, double[] resources, int[] uses,
      int[] lastUsed, int[] timesFired, int[] lastFired, boolean[] armed, List<Scheduled> scheduled,
      int[] dilemmas, double[] scores, int endCondition, boolean ended) {
    this.seed = seed;
    this.lastTurn = lastTurn;
    this.turn = turn;
    this.values = values;
    this.resources = resources;
    this.uses = uses;
    this.lastUsed = lastUsed;
    this.timesFired = timesFired;
    this.lastFired = lastFired;
    this.armed = armed;
    this.scheduled = scheduled;
    this.dilemmas = dilemmas;
    this.scores = scores;
    this.endCondition = endCondition;
    this.ended = ended;
  }

  public int turn() {
    return turn;
  }

  public boolean ended() {
    return ended;
  }

  public int endCondition() {
    return endCondition;
  }

  public double value(int variable) {
    return values[variable];
  }

  public double resource(int slot) {
    return resources[slot];
  }

  public double score(int team) {
    return scores[team];
  }

  public int timesFired(int event) {
    return timesFired[event];
  }

  public int uses(int team, int action) {
    return BoliviaActions.RULES[action].allows(team) ? uses[action] : 0;
  }

  /** The events whose dilemmas wait for an answer, in the order they were put. */
  public List<Integer> pendingDilemmas() {
    return Arrays.stream(dilemmas).boxed().toList();
  }

  /** A change to a variable still to come, each turn from {@code from} to {@code to}. */
  record Scheduled(int variable, double amount, int from, int to) {}
}
