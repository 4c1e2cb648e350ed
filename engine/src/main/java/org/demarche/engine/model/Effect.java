package org.demarche.engine.model;

import org.demarche.expr.CompiledExpression;

/**
 * A change to a variable or a team resource, added each turn for {@code duration} turns starting
 * {@code delay} turns after it resolves. The amount is evaluated once, when it resolves.
 *
 * @param target a variable index, or a flat resource index when {@code targetsResource}
 */
public record Effect(
    boolean targetsResource,
    int target,
    CompiledExpression amount,
    int delay,
    int duration,
    When when,
    String label) {

  /** For actions: whether the effect follows success, failure or both. */
  public enum When {
    SUCCESS,
    FAILURE,
    ALWAYS;

    public boolean matches(boolean succeeded) {
      return this == ALWAYS || (this == SUCCESS) == succeeded;
    }
  }
}
