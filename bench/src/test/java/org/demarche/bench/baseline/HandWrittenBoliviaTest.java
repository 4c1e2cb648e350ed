package org.demarche.bench.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.demarche.bench.BenchmarkGames;
import org.demarche.engine.Engine;
import org.demarche.engine.GameRandom;
import org.demarche.engine.GameState;
import org.demarche.engine.PendingDilemma;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.server.serve.ScenarioCatalog;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Bolivia turn computes what the engine computes, to the bit: every variable,
 * resource, score, use and firing after every turn, with the same seeds and orders, including the
 * random draws. This is what keeps it a fair yardstick when the scenario changes.
 */
class HandWrittenBoliviaTest {
  private static final int TURNS = 12;
  private static final int GAMES = 64;

  private final Scenario bolivia = bolivia();
  private final BenchmarkGames games = new BenchmarkGames(bolivia, TURNS);
  private final TurnInput script = games.firstAvailable(Engine.start(bolivia, 0, TURNS));

  @Test
  void itsTablesFollowTheScenarioIndexForIndex() {
    assertEquals(bolivia.variables().size(), BoliviaVariables.COUNT, "variables");
    for (int v = 0; v < BoliviaVariables.COUNT; v++) {
      Variable variable = bolivia.variables().get(v);
      String id = variable.id();
      assertEquals(variable.isDerived() ? 0 : variable.initial(), BoliviaVariables.INITIAL[v], id);
      assertEquals(variable.min(), BoliviaVariables.MIN[v], id + " min");
      assertEquals(variable.max(), BoliviaVariables.MAX[v], id + " max");
    }
    assertEquals(bolivia.actions().size(), BoliviaActions.RULES.length, "actions");
    for (int a = 0; a < BoliviaActions.RULES.length; a++) {
      assertEquals(bolivia.actions().get(a).id(), BoliviaActions.RULES[a].id(), "action " + a);
    }
    assertEquals(bolivia.events().size(), BoliviaEvents.COUNT, "events");
    for (int e = 0; e < BoliviaEvents.COUNT; e++) {
      assertEquals(bolivia.events().get(e).id(), BoliviaEvents.IDS[e], "event " + e);
    }
    for (int t = 0; t < BoliviaTeams.COUNT; t++) {
      assertEquals(bolivia.teams().get(t).id(), BoliviaTeams.IDS[t], "team " + t);
    }
  }

  @Test
  void theBenchmarksScriptedGamesMatchTheEngineTurnByTurn() {
    BoliviaOrders orders = BoliviaOrders.of(script);
    for (long seed = 0; seed < GAMES; seed++) {
      GameState engine = Engine.start(bolivia, seed, TURNS);
      BoliviaState hand = HandWrittenBolivia.start(seed, TURNS);
      assertSame(engine, hand, seed);
      while (!engine.ended()) {
        engine = Engine.resolve(bolivia, engine, script).state();
        hand = HandWrittenBolivia.resolve(hand, orders);
        assertSame(engine, hand, seed);
      }
      assertTrue(hand.ended(), "seed " + seed + ": the hand-written game ends with the engine's");
    }
  }

  @Test
  void theBenchmarksMidGameTurnMatchesTheEngine() {
    BoliviaOrders scripted = BoliviaOrders.of(script);
    for (long g = 0; g < GAMES; g++) {
      GameState engine = games.playScripted(g, 4);
      BoliviaState hand = HandWrittenBolivia.start(g, TURNS);
      for (int t = 0; t < 4; t++) {
        hand = HandWrittenBolivia.resolve(hand, scripted);
      }
      TurnInput input = games.firstAvailable(engine);
      assertSame(Engine.resolve(bolivia, engine, input).state(),
          HandWrittenBolivia.resolve(hand, BoliviaOrders.of(input)), g);
    }
  }

  @Test
  void passiveGamesMatchTheEngine() {
    playBoth(Policies.PASSIVE, GAMES, TURNS);
  }

  /**
   * Random orders and dilemma answers reach the effects of 86 of the 90 actions, the failures of
   * 9 of the 11 with a chance, refunds of unmatched joint orders, every dilemma option and 29 of
   * the 37 events that fire by themselves.
   */
  @Test
  void gamesOfRandomOrdersMatchTheEngine() {
    playBoth(Policies.RANDOM, 256, TURNS);
  }

  /**
   * The longest games reach the general election of turn 14 and end early when reserves run out.
   * No game here fires inflation_protests, femicide_outcry, crime_wave, aml_evaluation or
   * us_citizens_at_risk, or meets the two other end conditions: those are checked every turn, but
   * what follows from them is not.
   */
  @Test
  void twentyTurnGamesMatchTheEngineToTheirEnd() {
    playBoth(Policies.RANDOM, GAMES, 20);
    playBoth(Policies.PASSIVE, GAMES, 20);
  }

  @Test
  void autopilotGamesMatchTheEngine() {
    playBoth(Policies.AUTOPILOT, 8, TURNS);
  }

  /** Plays {@code games} games with {@code policy} for every team, as Policies.play does. */
  private void playBoth(Policy policy, int games, int turns) {
    for (long seed = 0; seed < games; seed++) {
      GameState engine = Engine.start(bolivia, seed, turns);
      BoliviaState hand = HandWrittenBolivia.start(seed, turns);
      GameRandom random = new GameRandom(seed);
      while (!engine.ended()) {
        List<TeamOrders> orders = new ArrayList<>();
        for (int t = 0; t < bolivia.teams().size(); t++) {
          random.use(engine.turn() + 1, GameRandom.Purpose.POLICY, t, 0);
          orders.add(policy.decide(bolivia, engine, t, random));
        }
        TurnInput input = new TurnInput(orders, List.of());
        engine = Engine.resolve(bolivia, engine, input).state();
        hand = HandWrittenBolivia.resolve(hand, BoliviaOrders.of(input));
        assertSame(engine, hand, seed);
      }
    }
  }

  private void assertSame(GameState engine, BoliviaState hand, long seed) {
    String at = "seed " + seed + ", turn " + engine.turn() + ": ";
    assertEquals(engine.turn(), hand.turn(), at + "turn");
    for (int v = 0; v < BoliviaVariables.COUNT; v++) {
      assertEquals(engine.value(v), hand.value(v), at + bolivia.variables().get(v).id());
    }
    for (int r = 0; r < BoliviaTeams.RESOURCES; r++) {
      assertEquals(engine.resource(r), hand.resource(r), at + "resource " + r);
    }
    for (int t = 0; t < BoliviaTeams.COUNT; t++) {
      assertEquals(engine.score(t), hand.score(t), at + "score of " + BoliviaTeams.IDS[t]);
      for (int a = 0; a < BoliviaActions.RULES.length; a++) {
        assertEquals(engine.uses(bolivia, t, a), hand.uses(t, a),
            at + "uses of " + BoliviaActions.RULES[a].id() + " by " + BoliviaTeams.IDS[t]);
      }
    }
    for (int e = 0; e < BoliviaEvents.COUNT; e++) {
      assertEquals(engine.timesFired(e), hand.timesFired(e), at + BoliviaEvents.IDS[e] + " fired");
    }
    assertEquals(engine.pendingDilemmas().stream().mapToInt(PendingDilemma::event).boxed().toList(),
        hand.pendingDilemmas(), at + "dilemmas waiting");
    assertEquals(engine.ended(), hand.ended(), at + "ended");
    assertEquals(engine.endCondition(), hand.endCondition(), at + "end condition");
  }

  private static Scenario bolivia() {
    try {
      return ScenarioCatalog.embedded().scenarios().get("bolivia-2022");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
