package org.demarche.game;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.Numbers;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.expr.CompiledExpression;
import org.demarche.game.api.EffectDetail;

/**
 * An action's cost and effects in words, as much as the game's {@link EffectDetail} lets players
 * see: exact amounts and timing, direction and rough size, or nothing. Pure; any thread.
 */
final class EffectText {
  /** Below this share of a variable's range a change is "slight"; above the next, "large". */
  private static final double SLIGHT = 0.05;
  private static final double LARGE = 0.15;

  private EffectText() {}

  /** The cost, e.g. {@code capital 2, treasury 50}; empty for a free action. */
  static String cost(Scenario scenario, Action action) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < action.costs().length; i++) {
      parts.add(scenario.resourceNames().get(action.costResources()[i]) + " "
          + amount(action.costs()[i], false));
    }
    return String.join(", ", parts);
  }

  /** The effects as the detail allows, e.g. {@code Reserves +1.5 USD bn after 1 turn; …}. */
  static String effects(Scenario scenario, Action action, EffectDetail detail) {
    if (detail == EffectDetail.HIDDEN) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (action.chance() != null) {
      parts.add(detail == EffectDetail.EXACT ? chance(action.chance()) : "it may fail");
    }
    for (Effect effect : action.effects()) {
      String text = detail == EffectDetail.EXACT
          ? exact(scenario, effect) : qualitative(scenario, effect);
      if (action.chance() != null && effect.when() == Effect.When.FAILURE) {
        text = "if it fails: " + text;
      } else if (action.chance() != null && effect.when() == Effect.When.SUCCESS) {
        text = "if it succeeds: " + text;
      }
      parts.add(text);
    }
    return String.join("; ", parts);
  }

  private static String chance(CompiledExpression chance) {
    return chance.isConstant()
        ? "succeeds with probability " + Numbers.format(100 * chance.constantValue()) + "%"
        : "chance of success: " + chance.source();
  }

  private static String exact(Scenario scenario, Effect effect) {
    String unit = unit(scenario, effect);
    return target(scenario, effect) + " " + amount(effect.amount(), true)
        + (unit.isEmpty() || !effect.amount().isConstant() ? "" : " " + unit)
        + timing(effect, "for");
  }

  private static String qualitative(Scenario scenario, Effect effect) {
    if (!effect.amount().isConstant()) {
      return "changes " + target(scenario, effect) + timing(effect, "over");
    }
    double amount = effect.amount().constantValue();
    String verb = amount > 0 ? "raises " : amount < 0 ? "lowers " : "leaves ";
    double range = range(scenario, effect);
    double share = range > 0 ? Math.abs(amount) * Math.max(1, effect.duration()) / range : LARGE;
    String size = share < SLIGHT ? " slightly" : share >= LARGE ? " a lot" : "";
    return verb + target(scenario, effect) + size + timing(effect, "over");
  }

  /** When an effect acts: " after 1 turn, for 2 turns"; empty for at once and once. */
  private static String timing(Effect effect, String spread) {
    String text = "";
    if (effect.delay() > 0) {
      text += " after " + effect.delay() + (effect.delay() == 1 ? " turn" : " turns");
    }
    if (effect.duration() > 1) {
      text += (text.isEmpty() ? " " : ", ") + spread + " " + effect.duration() + " turns";
    }
    return text;
  }

  private static String amount(CompiledExpression amount, boolean signed) {
    if (!amount.isConstant()) {
      return "by " + amount.source();
    }
    return signed ? Numbers.signed(amount.constantValue()) : Numbers.format(amount.constantValue());
  }

  private static String target(Scenario scenario, Effect effect) {
    if (!effect.targetsResource()) {
      return scenario.variables().get(effect.target()).label();
    }
    Team owner = owner(scenario, effect.target());
    return resource(owner, effect.target()).label() + " (" + owner.name() + ")";
  }

  private static String unit(Scenario scenario, Effect effect) {
    String unit = effect.targetsResource()
        ? resource(owner(scenario, effect.target()), effect.target()).unit()
        : scenario.variables().get(effect.target()).unit();
    return unit == null ? "" : unit;
  }

  private static double range(Scenario scenario, Effect effect) {
    if (effect.targetsResource()) {
      return resource(owner(scenario, effect.target()), effect.target()).max();
    }
    Variable variable = scenario.variables().get(effect.target());
    return variable.max() - variable.min();
  }

  private static Team owner(Scenario scenario, int slot) {
    for (Team team : scenario.teams()) {
      if (slot >= team.resourceOffset() && slot < team.resourceOffset() + team.resources().size()) {
        return team;
      }
    }
    throw new AssertionError("resource slot " + slot + " without a team is a bug");
  }

  private static Resource resource(Team owner, int slot) {
    return owner.resources().get(slot - owner.resourceOffset());
  }
}
