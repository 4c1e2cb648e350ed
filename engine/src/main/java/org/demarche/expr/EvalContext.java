package org.demarche.expr;

/** What a compiled expression reads while it is evaluated; implemented by the engine. */
public interface EvalContext {

  /** The current value of the variable at {@code index}. */
  double variable(int index);

  /** The value of the variable at {@code index} as it was {@code turnsAgo} (at least 1) turns ago. */
  double lagged(int index, int turnsAgo);

  /** The value of the team resource at the flat {@code index}. */
  double resource(int index);

  /** The acting team's resource at {@code index}. */
  double selfResource(int index);

  /** The turn being resolved, 1 for the first. */
  int turn();

  /** The next draw of the game's seeded generator, uniform in [0, 1). */
  double nextRandom();
}
