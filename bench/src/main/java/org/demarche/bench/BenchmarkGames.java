package org.demarche.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.engine.Availability;
import org.demarche.engine.Engine;
import org.demarche.engine.GameState;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;

/** The scripted games the benchmarks and their test share: fixed orders, chosen before timing. */
public final class BenchmarkGames {
  /** The seed of the generated scenario every benchmark uses. */
  public static final long SCENARIO_SEED = 20220101L;

  private final Scenario scenario;
  private final int turns;
  private final TurnInput script;

  /**
   * Precomputes the script: each team orders as many actions as it has slots, the first ones
   * available at the start; later turns refuse some of them (cooldowns, costs), as they would
   * refuse a real player's.
   */
  public BenchmarkGames(Scenario scenario) {
    this(scenario, GeneratedScenario.TURNS);
  }

  /** The same, for games of {@code turns} turns. */
  public BenchmarkGames(Scenario scenario, int turns) {
    this.scenario = scenario;
    this.turns = turns;
    this.script = firstAvailable(Engine.start(scenario, 0, turns));
  }

  /** Plays a whole game with the script and returns its final state. */
  public GameState playScripted(long seed) {
    GameState state = Engine.start(scenario, seed, turns);
    while (!state.ended()) {
      state = Engine.resolve(scenario, state, script).state();
    }
    return state;
  }

  /** Plays {@code played} turns of the script, or fewer if the game ends first. */
  public GameState playScripted(long seed, int played) {
    GameState state = Engine.start(scenario, seed, turns);
    for (int t = 0; t < played && !state.ended(); t++) {
      state = Engine.resolve(scenario, state, script).state();
    }
    return state;
  }

  /** Every team fills its slots with the first actions available to it in {@code state}. */
  public TurnInput firstAvailable(GameState state) {
    List<TeamOrders> orders = new ArrayList<>();
    for (int t = 0; t < scenario.teams().size(); t++) {
      int wanted = scenario.teams().get(t).slots();
      List<String> chosen = new ArrayList<>();
      for (Availability a : Availability.of(scenario, state, t)) {
        if (a.available() && chosen.size() < wanted) {
          chosen.add(scenario.actions().get(a.action()).id());
        }
      }
      orders.add(new TeamOrders(scenario.teams().get(t).id(), chosen, Map.of()));
    }
    return new TurnInput(orders, List.of());
  }
}
