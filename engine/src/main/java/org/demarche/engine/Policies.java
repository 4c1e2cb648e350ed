package org.demarche.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Scenario;

/** The built-in policies, and the loop that plays a whole game with them. */
public final class Policies {
  private Policies() {}

  /** Orders nothing; answers dilemmas with their defaults. */
  public static final Policy PASSIVE =
      (scenario, state, team, random) ->
          new TeamOrders(scenario.teams().get(team).id(), List.of(), Map.of());

  /** Picks available actions at random, up to the team's slots, and random dilemma options. */
  public static final Policy RANDOM =
      (scenario, state, team, random) -> {
        List<Availability> open = new ArrayList<>();
        for (Availability a : Availability.of(scenario, state, team)) {
          if (a.available()) {
            open.add(a);
          }
        }
        List<String> chosen = new ArrayList<>();
        int slots = scenario.teams().get(team).slots();
        while (chosen.size() < slots && !open.isEmpty()) {
          chosen.add(scenario.actions().get(open.remove(random.nextInt(open.size())).action()).id());
        }
        Map<String, String> choices = new HashMap<>();
        for (PendingDilemma d : state.pendingDilemmas()) {
          if (d.team() == team) {
            var dilemma = scenario.events().get(d.event()).dilemma();
            choices.put(scenario.events().get(d.event()).id(),
                dilemma.options().get(random.nextInt(dilemma.options().size())).id());
          }
        }
        return new TeamOrders(scenario.teams().get(team).id(), chosen, choices);
      };

  /** The greedy autopilot. */
  public static final Policy AUTOPILOT = new Autopilot();

  /**
   * Plays a whole game: each turn every team's policy decides, then the engine resolves, until
   * the game ends. {@code policies} is indexed like the scenario's teams.
   */
  public static List<TurnResult> play(
      Scenario scenario, long seed, int turns, List<Policy> policies, Script script) {
    GameState state = Engine.start(scenario, seed, turns);
    GameRandom random = new GameRandom(seed);
    List<TurnResult> results = new ArrayList<>(turns);
    while (!state.ended()) {
      int turn = state.turn() + 1;
      List<TeamOrders> orders = new ArrayList<>();
      for (int t = 0; t < scenario.teams().size(); t++) {
        random.use(turn, GameRandom.Purpose.POLICY, t, 0);
        orders.add(policies.get(t).decide(scenario, state, t, random));
      }
      TurnResult result =
          Engine.resolve(scenario, state, new TurnInput(orders, script.injects(turn)));
      results.add(result);
      state = result.state();
    }
    return results;
  }

  /** Instructor injects to play on given turns; {@link #NONE} for none. */
  public interface Script {
    Script NONE = turn -> List.of();

    List<String> injects(int turn);
  }
}
