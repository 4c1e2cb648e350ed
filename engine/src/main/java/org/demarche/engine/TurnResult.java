package org.demarche.engine;

import java.util.List;
import org.demarche.engine.model.Scenario;

/**
 * The result of resolving one turn: the new state and the full report; each team's view is built
 * when asked for, since simulations and the autopilot never need it.
 */
public final class TurnResult {
  private final Scenario scenario;
  private final GameState state;
  private final TurnReport report;

  TurnResult(Scenario scenario, GameState state, TurnReport report) {
    this.scenario = scenario;
    this.state = state;
    this.report = report;
  }

  public GameState state() {
    return state;
  }

  public TurnReport report() {
    return report;
  }

  /** Every team's view of the new state, in the scenario's team order; built on each call. */
  public List<TeamView> views() {
    return Views.all(scenario, state);
  }
}
