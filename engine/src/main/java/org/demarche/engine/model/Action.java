package org.demarche.engine.model;

import java.util.List;
import org.demarche.expr.CompiledExpression;

/**
 * Something a team may order during a turn.
 *
 * @param teams indexes of the teams that may order it; for a joint action, both must
 * @param costResources for each cost, the position in {@link Scenario#resourceNames()}
 * @param maxUses uses per team per game, 0 for no limit
 * @param chance probability of success, or null for certain success
 */
public record Action(
    String id,
    String name,
    String description,
    int[] teams,
    boolean joint,
    int[] costResources,
    CompiledExpression[] costs,
    CompiledExpression requires,
    int cooldown,
    int maxUses,
    CompiledExpression chance,
    List<Effect> effects,
    List<String> tags,
    String source) {

  public Action {
    effects = List.copyOf(effects);
    tags = List.copyOf(tags);
  }

  public boolean allows(int team) {
    for (int t : teams) {
      if (t == team) {
        return true;
      }
    }
    return false;
  }
}
