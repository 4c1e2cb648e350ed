package org.demarche.bench.baseline;

import java.util.Arrays;
import java.util.Map;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;

/**
 * One turn's orders for the hand-written Bolivia game, as indices: each team's actions in
 * priority order, and the option each dilemma's team chose (-1 for none, so the default applies).
 */
public record BoliviaOrders(int[][] actions, int[] choices) {
  /**
   * The engine's orders translated once, before a game: unknown teams, actions and options are
   * dropped, as the engine refuses or ignores them; injects and ad hoc events are not supported.
   */
  public static BoliviaOrders of(TurnInput input) {
    if (!input.injects().isEmpty() || !input.adhoc().isEmpty()) {
      throw new IllegalArgumentException("the hand-written game takes no injects or ad hoc events");
    }
    int[][] actions = new int[BoliviaTeams.COUNT][];
    int[] choices = new int[BoliviaEvents.COUNT];
    Arrays.fill(choices, -1);
    for (TeamOrders orders : input.orders()) {
      int team = team(orders.team());
      if (team < 0 || actions[team] != null) {
        continue;
      }
      actions[team] = orders.actions().stream().mapToInt(BoliviaOrders::action).toArray();
      for (Map.Entry<String, String> choice : orders.choices().entrySet()) {
        int event = Arrays.asList(BoliviaEvents.IDS).indexOf(choice.getKey());
        BoliviaEvents.Dilemma dilemma = event < 0 ? null : BoliviaEvents.DILEMMAS[event];
        if (dilemma != null && dilemma.team() == team) {
          choices[event] = dilemma.option(choice.getValue());
        }
      }
    }
    for (int t = 0; t < actions.length; t++) {
      if (actions[t] == null) {
        actions[t] = new int[0];
      }
    }
    return new BoliviaOrders(actions, choices);
  }

  private static int team(String id) {
    return Arrays.asList(BoliviaTeams.IDS).indexOf(id);
  }

  /** The index of action {@code id}, or -1, which the turn refuses. */
  private static int action(String id) {
    for (int a = 0; a < BoliviaActions.RULES.length; a++) {
      if (BoliviaActions.RULES[a].id().equals(id)) {
        return a;
      }
    }
    return -1;
  }
}
