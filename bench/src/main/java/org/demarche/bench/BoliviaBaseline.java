package org.demarche.bench;

import java.util.concurrent.TimeUnit;
import org.demarche.bench.baseline.BoliviaOrders;
import org.demarche.bench.baseline.BoliviaState;
import org.demarche.bench.baseline.HandWrittenBolivia;
import org.demarche.engine.Engine;
import org.demarche.engine.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The yardstick for {@link BoliviaBenchmark}: the same turns and games played by {@link
 * HandWrittenBolivia}, the scenario's formulas written directly in Java, with the same seeds and
 * orders. The engine's figure divided by this one is how far the engine is from the limit of its
 * design (issue 7: within 3x).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BoliviaBaseline {
  /** As in {@link BoliviaBenchmark}. */
  private static final int TURN = 5;
  private static final int GAMES = 64;

  private BoliviaOrders script;
  private final BoliviaState[] states = new BoliviaState[GAMES];
  private final BoliviaOrders[] orders = new BoliviaOrders[GAMES];
  private int next;
  private long seed;

  @Setup
  public void setUp() {
    Scenario scenario = BoliviaBenchmark.bolivia();
    BenchmarkGames games = new BenchmarkGames(scenario, BoliviaBenchmark.TURNS);
    script = BoliviaOrders.of(
        games.firstAvailable(Engine.start(scenario, 0, BoliviaBenchmark.TURNS)));
    for (int g = 0; g < GAMES; g++) {
      BoliviaState state = HandWrittenBolivia.start(g, BoliviaBenchmark.TURNS);
      for (int t = 1; t < TURN; t++) {
        state = HandWrittenBolivia.resolve(state, script);
      }
      states[g] = state;
      // The engine's availability list picks the orders, exactly as BoliviaBenchmark's.
      orders[g] = BoliviaOrders.of(games.firstAvailable(games.playScripted(g, TURN - 1)));
    }
  }

  /** Turn 5 with every team filling its slots with the first actions available to it. */
  @Benchmark
  public void resolveTurn(Blackhole bh) {
    int g = next++ & (GAMES - 1);
    bh.consume(HandWrittenBolivia.resolve(states[g], orders[g]));
  }

  /** A whole game with the orders of {@link BoliviaBenchmark#wholeGame}. */
  @Benchmark
  public void wholeGame(Blackhole bh) {
    bh.consume(HandWrittenBolivia.play(seed++, BoliviaBenchmark.TURNS, script));
  }
}
