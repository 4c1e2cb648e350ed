package org.demarche.engine;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;

/**
 * Whether a team may order an action in the coming turn, and why not; computed by the same check
 * the engine applies to orders, so the two can never disagree.
 *
 * @param reason empty when available
 */
public record Availability(int action, boolean available, String reason) {

  /** Every action open to {@code team}, in scenario order, with its availability. */
  public static List<Availability> of(Scenario scenario, GameState state, int team) {
    return of(TurnResolver.inspecting(scenario, state), team);
  }

  /** The same, through a resolver already inspecting the state. */
  static List<Availability> of(TurnResolver inspector, int team) {
    Scenario scenario = inspector.scenario();
    List<Availability> result = new ArrayList<>();
    for (int a = 0; a < scenario.actions().size(); a++) {
      if (scenario.actions().get(a).allows(team)) {
        ActionOutcome.Reason refusal = inspector.refusal(team, a);
        result.add(new Availability(a, refusal == null, refusal == null ? "" : refusal.sentence()));
      }
    }
    return result;
  }
}
