package org.demarche.client.render;

import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.TeamView;

/**
 * Renders the {@code actions} command: the available actions with their cost and effects, then
 * the unavailable ones with the reason.
 *
 * <p>Stateless; any thread.
 */
public final class ActionsList {
  private ActionsList() {}

  /** The actions of a view, available ones first, in the scenario's order within each group. */
  public static String render(TeamView view, Style style) {
    StringBuilder available = new StringBuilder();
    StringBuilder unavailable = new StringBuilder();
    for (ActionOption action : view.getActionsList()) {
      if (action.getAvailable()) {
        available.append(describe(action, style));
      } else {
        unavailable.append(String.format("  %s  %s: %s%n",
            style.dim(action.getId()), action.getName(), action.getReason()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Available")).append('\n');
    out.append(available.length() == 0 ? "  none this turn\n" : available);
    if (unavailable.length() > 0) {
      out.append('\n').append(style.bold("Not available")).append('\n').append(unavailable);
    }
    return out.toString();
  }

  private static String describe(ActionOption action, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("  %s  %s%n", style.cyan(action.getId()), action.getName()));
    appendField(out, "", action.getDescription());
    appendField(out, "cost: ", action.getCost());
    appendField(out, "effects: ", action.getEffects());
    if (!action.getPartnerTeamId().isEmpty()) {
      out.append(String.format("      joint with %s: propose %s %s%n",
          action.getPartnerTeamId(), action.getId(), action.getPartnerTeamId()));
    }
    return out.toString();
  }

  private static void appendField(StringBuilder out, String label, String text) {
    if (!text.isEmpty()) {
      out.append("      ").append(label).append(text).append('\n');
    }
  }
}
