package org.demarche.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** How many whole 12-turn games of the generated scenario one thread plays per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GameBenchmark {
  private Scenario scenario;
  private BenchmarkGames games;
  private List<Policy> autopilots;
  /** A new seed per game, as a Monte Carlo run would use, so no two games take the same path. */
  private long seed;

  @Setup
  public void setUp() {
    scenario = GeneratedScenario.scenario(BenchmarkGames.SCENARIO_SEED);
    games = new BenchmarkGames(scenario);
    autopilots = List.of(Policies.AUTOPILOT, Policies.AUTOPILOT, Policies.AUTOPILOT, Policies.AUTOPILOT);
  }

  /** Engine only: the orders are fixed before timing. */
  @Benchmark
  public void wholeGame(Blackhole bh) {
    bh.consume(games.playScripted(seed++));
  }

  /** Engine plus the greedy autopilot deciding for every team, as the simulate command runs. */
  @Benchmark
  public void wholeGameAutopilot(Blackhole bh) {
    bh.consume(Policies.play(scenario, seed++, GeneratedScenario.TURNS, autopilots, Policies.Script.NONE));
  }
}
