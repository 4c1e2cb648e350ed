package org.demarche.engine;

import org.demarche.engine.model.Scenario;

/**
 * The turn engine: pure and deterministic. The same scenario, state and input give the same
 * result bit for bit. No I/O, no clocks, no threads; safe to call from any thread, since each
 * call works on its own objects.
 */
public final class Engine {
  private Engine() {}

  /** Starts a game: the state before turn 1. */
  public static GameState start(Scenario scenario, long seed, int turns) {
    return GameState.initial(scenario, seed, turns);
  }

  /**
   * Resolves the turn after {@code state}: checks orders, matches joint actions, rolls chances,
   * applies effects and dynamics, fires events, scores goals and checks end conditions.
   *
   * @throws IllegalStateException when the game has already ended
   */
  public static TurnResult resolve(Scenario scenario, GameState state, TurnInput input) {
    return TurnResolver.resolve(scenario, state, input);
  }

  /**
   * Sets a stored variable between turns, as the instructor's correction: clamped to its range,
   * with derived variables and scores recomputed.
   *
   * @throws IllegalArgumentException when the variable is derived
   */
  public static GameState setVariable(
      Scenario scenario, GameState state, int variable, double value) {
    return TurnResolver.withValue(scenario, state, variable, value);
  }
}
