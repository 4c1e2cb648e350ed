package org.demarche.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.engine.Engine;
import org.demarche.engine.GameState;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;
import org.demarche.server.serve.ScenarioCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The real Bolivia 2022 scenario, as the server ships it (69 variables, 70 dynamics, 90 actions,
 * 45 events, 4 teams): one mid-game turn and whole 12-turn games, on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BoliviaBenchmark {
  static final String SCENARIO = "bolivia-2022";
  static final int TURNS = 12;
  /** The turn resolved: mid-game, when delayed effects, cooldowns and lags are all in play. */
  private static final int TURN = 5;
  /** Distinct games, so the branch predictor cannot learn one turn's path; a power of two. */
  private static final int GAMES = 64;

  private Scenario scenario;
  private BenchmarkGames games;
  private List<Policy> autopilots;
  private final GameState[] states = new GameState[GAMES];
  private final TurnInput[] inputs = new TurnInput[GAMES];
  private int next;
  private long seed;

  /** The scenario as built into the server jar. */
  static Scenario bolivia() {
    try {
      Scenario scenario = ScenarioCatalog.embedded().scenarios().get(SCENARIO);
      if (scenario == null) {
        throw new IllegalStateException("the server no longer ships " + SCENARIO);
      }
      return scenario;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Setup
  public void setUp() {
    scenario = bolivia();
    games = new BenchmarkGames(scenario, TURNS);
    autopilots = List.of(Policies.AUTOPILOT, Policies.AUTOPILOT, Policies.AUTOPILOT,
        Policies.AUTOPILOT);
    for (int g = 0; g < GAMES; g++) {
      states[g] = games.playScripted(g, TURN - 1);
      inputs[g] = games.firstAvailable(states[g]);
    }
  }

  /** Turn 5 with every team filling its slots with the first actions available to it. */
  @Benchmark
  public void resolveTurn(Blackhole bh) {
    int g = next++ & (GAMES - 1);
    bh.consume(Engine.resolve(scenario, states[g], inputs[g]));
  }

  /** A whole game with fixed orders chosen before timing: the engine alone. */
  @Benchmark
  public void wholeGame(Blackhole bh) {
    bh.consume(games.playScripted(seed++));
  }

  /** A whole game with the autopilot deciding for every team, as {@code simulate} plays it. */
  @Benchmark
  public void wholeGameAutopilot(Blackhole bh) {
    bh.consume(Policies.play(scenario, seed++, TURNS, autopilots, Policies.Script.NONE));
  }
}
