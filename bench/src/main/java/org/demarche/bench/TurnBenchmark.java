package org.demarche.bench;

import java.util.concurrent.TimeUnit;
import org.demarche.engine.Engine;
import org.demarche.engine.GameState;
import org.demarche.engine.TurnInput;
import org.demarche.engine.TurnResult;
import org.demarche.engine.Views;
import org.demarche.engine.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** How many mid-game turns of the generated scenario one thread resolves per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TurnBenchmark {
  /** The turn resolved: mid-game, when delayed effects, cooldowns and lags are all in play. */
  private static final int TURN = 5;
  /** Distinct games, so the branch predictor cannot learn one turn's path; a power of two. */
  private static final int GAMES = 64;

  private Scenario scenario;
  private final GameState[] states = new GameState[GAMES];
  private final TurnInput[] inputs = new TurnInput[GAMES];
  /** The states after the resolved turn, whose team views {@link #teamViews} rebuilds. */
  private final GameState[] after = new GameState[GAMES];
  private int next;

  @Setup
  public void setUp() {
    scenario = GeneratedScenario.scenario(BenchmarkGames.SCENARIO_SEED);
    BenchmarkGames games = new BenchmarkGames(scenario);
    for (int g = 0; g < GAMES; g++) {
      states[g] = games.playScripted(g, TURN - 1);
      inputs[g] = games.firstAvailable(states[g]);
      after[g] = Engine.resolve(scenario, states[g], inputs[g]).state();
    }
  }

  @Benchmark
  public void resolveTurn(Blackhole bh) {
    int g = next++ & (GAMES - 1);
    TurnResult result = Engine.resolve(scenario, states[g], inputs[g]);
    bh.consume(result);
  }

  /** The same turn with no orders: what the engine costs before any team acts. */
  @Benchmark
  public void resolveQuietTurn(Blackhole bh) {
    int g = next++ & (GAMES - 1);
    bh.consume(Engine.resolve(scenario, states[g], TurnInput.NONE));
  }

  /** The part of {@link #resolveTurn} that builds every team's view of the new state. */
  @Benchmark
  public void teamViews(Blackhole bh) {
    int g = next++ & (GAMES - 1);
    bh.consume(Views.all(scenario, after[g]));
  }
}
