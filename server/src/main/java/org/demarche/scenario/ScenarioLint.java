package org.demarche.scenario;

import java.util.List;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.expr.CompiledExpression;

/**
 * Warnings about a valid scenario that is probably not what its author meant: a variable nothing
 * reads, an action no team can take, an objective that nothing can move.
 */
final class ScenarioLint {
  private ScenarioLint() {}

  static void check(Scenario scenario, List<CompiledExpression> expressions, Problems problems) {
    unreadVariables(scenario, expressions, problems);
    untakeableActions(scenario, problems);
    immovableObjectives(scenario, problems);
  }

  private static void unreadVariables(
      Scenario scenario, List<CompiledExpression> expressions, Problems problems) {
    boolean[] read = new boolean[scenario.variables().size()];
    for (CompiledExpression e : expressions) {
      for (int v : e.variablesRead()) {
        read[v] = true;
      }
    }
    for (int v = 0; v < read.length; v++) {
      if (!read[v]) {
        problems.warning("$.variables[" + v + "]", "nothing reads '"
            + scenario.variables().get(v).id() + "': no formula, condition, indicator or end "
            + "condition uses it", "use it in an indicator, a dynamic or a condition, or remove it "
            + "if it is only for display");
      }
    }
  }

  private static void untakeableActions(Scenario scenario, Problems problems) {
    List<Action> actions = scenario.actions();
    for (int a = 0; a < actions.size(); a++) {
      Action action = actions.get(a);
      String path = "$.actions[" + a + "]";
      if (action.teams().length == 0) {
        problems.warning(path + ".teams", "no team can take '" + action.id() + "'",
            "list the teams that may order it");
      } else if (action.requires() != null && action.requires().isConstant()
          && action.requires().constantValue() == 0) {
        problems.warning(path + ".requires", "no team can take '" + action.id()
            + "': its prerequisite is always false", "fix the prerequisite or remove the action");
      } else if (!anyTeamCanAfford(scenario, action)) {
        problems.warning(path + ".cost", "no team can take '" + action.id()
            + "': it costs more than the team's resource can ever hold, or the team has no "
            + "action slot", "lower the cost, raise the resource's max, or give the team slots");
      }
    }
  }

  private static boolean anyTeamCanAfford(Scenario scenario, Action action) {
    for (int t : action.teams()) {
      Team team = scenario.teams().get(t);
      boolean affordable = team.slots() > 0;
      for (int c = 0; c < action.costs().length && affordable; c++) {
        CompiledExpression cost = action.costs()[c];
        int slot = team.resourceSlotByName()[action.costResources()[c]];
        Resource resource = team.resources().get(slot - team.resourceOffset());
        affordable = !cost.isConstant() || cost.constantValue() <= resource.max();
      }
      if (affordable) {
        return true;
      }
    }
    return false;
  }

  private static void immovableObjectives(Scenario scenario, Problems problems) {
    boolean[] movable = new boolean[scenario.variables().size()];
    boolean[] movableResource = new boolean[scenario.resourceCount()];
    for (Dynamic d : scenario.dynamics()) {
      movable[d.variable()] = true;
    }
    for (Action a : scenario.actions()) {
      mark(a.effects(), movable, movableResource);
      for (int t : a.teams()) {
        for (int name : a.costResources()) {
          movableResource[scenario.teams().get(t).resourceSlotByName()[name]] = true;
        }
      }
    }
    for (Event e : scenario.events()) {
      mark(e.effects(), movable, movableResource);
      if (e.dilemma() != null) {
        for (Event.Option o : e.dilemma().options()) {
          mark(o.effects(), movable, movableResource);
        }
      }
    }
    for (Team team : scenario.teams()) {
      for (int r = 0; r < team.resources().size(); r++) {
        if (team.resources().get(r).income() != null) {
          movableResource[team.resourceOffset() + r] = true;
        }
      }
    }
    for (int i = 0; i < scenario.derivedCount(); i++) {
      int v = scenario.derivedAt(i);
      movable[v] = readsAny(scenario.variables().get(v).formula(), movable, movableResource);
    }
    for (int t = 0; t < scenario.teams().size(); t++) {
      List<Objective> objectives = scenario.teams().get(t).objectives();
      for (int o = 0; o < objectives.size(); o++) {
        boolean moves = false;
        for (Objective.Indicator indicator : objectives.get(o).indicators()) {
          moves |= readsAny(indicator.expr(), movable, movableResource);
        }
        if (!moves) {
          problems.warning("$.teams[" + t + "].goals[" + o + "]", "nothing can move objective '"
              + objectives.get(o).id() + "': no action, dynamic or event changes what its "
              + "indicators read", "add an effect or a dynamic on one of the variables it reads");
        }
      }
    }
  }

  private static void mark(List<Effect> effects, boolean[] movable, boolean[] movableResource) {
    for (Effect e : effects) {
      if (e.targetsResource()) {
        movableResource[e.target()] = true;
      } else {
        movable[e.target()] = true;
      }
    }
  }

  private static boolean readsAny(CompiledExpression e, boolean[] movable, boolean[] resources) {
    for (int v : e.variablesRead()) {
      if (movable[v]) {
        return true;
      }
    }
    for (int r : e.resourcesRead()) {
      if (resources[r]) {
        return true;
      }
    }
    return false;
  }
}
