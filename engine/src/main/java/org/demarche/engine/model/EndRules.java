package org.demarche.engine.model;

import java.util.List;
import org.demarche.expr.CompiledExpression;

/** How an exercise ends: its last turn, or the first end condition that holds. */
public record EndRules(String lastTurnOutcome, List<Condition> conditions) {

  public EndRules {
    conditions = List.copyOf(conditions);
  }

  /** An early end, such as a collapse, with the text players read. */
  public record Condition(String id, CompiledExpression when, String outcome) {}
}
