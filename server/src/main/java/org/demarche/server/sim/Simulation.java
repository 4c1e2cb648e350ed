package org.demarche.server.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.demarche.engine.FiredEvent;
import org.demarche.engine.GameRandom;
import org.demarche.engine.GameState;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.TurnResult;
import org.demarche.engine.model.Scenario;

/**
 * Plays many games of one scenario in-process, on several threads. Run {@code i} uses the seed
 * derived from (seed, i), and results are kept by run index, so the outcome does not depend on
 * the number of threads or on scheduling.
 */
public final class Simulation {
  private final Scenario scenario;
  private final int turns;
  private final long seed;
  private final List<Policy> policies;
  private final Policies.Script script;
  private final boolean keepTrajectories;

  /**
   * @param policies one per team, in the scenario's team order
   */
  public Simulation(Scenario scenario, int turns, long seed, List<Policy> policies,
      Policies.Script script, boolean keepTrajectories) {
    this.scenario = scenario;
    this.turns = turns;
    this.seed = seed;
    this.policies = List.copyOf(policies);
    this.script = script;
    this.keepTrajectories = keepTrajectories;
  }

  /**
   * Plays {@code runs} games on {@code threads} threads; {@code progress} hears the number of
   * finished runs (from any thread).
   */
  public List<RunRecord> run(int runs, int threads, IntConsumer progress) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "simulate");
      t.setDaemon(true);
      return t;
    });
    try {
      // One task per worker, each taking the next run until none is left: no queued task, future
      // and wake-up of this thread per game. Records are kept by run index.
      RunRecord[] records = new RunRecord[runs];
      AtomicInteger next = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>(threads);
      for (int w = 0; w < Math.min(threads, runs); w++) {
        workers.add(pool.submit(() -> {
          try {
            for (int run = next.getAndIncrement(); run < runs; run = next.getAndIncrement()) {
              records[run] = playOne(run);
              progress.accept(done.incrementAndGet());
            }
          } catch (RuntimeException | Error e) {
            next.set(runs); // the other workers stop too: the simulation has failed
            throw e;
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return Arrays.asList(records);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a simulated game failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  RunRecord playOne(int run) {
    List<TurnResult> results =
        Policies.play(scenario, GameRandom.derive(seed, run), turns, policies, script);
    GameState last = results.get(results.size() - 1).state();
    int[] firings = new int[scenario.events().size()];
    for (TurnResult r : results) {
      for (FiredEvent f : r.report().events()) {
        firings[f.event()]++;
      }
    }
    double[] scores = new double[scenario.teams().size()];
    for (int t = 0; t < scores.length; t++) {
      scores[t] = last.score(t);
    }
    double[][] trajectory = null;
    if (keepTrajectories) {
      trajectory = new double[last.turn() + 1][];
      for (int turn = 0; turn <= last.turn(); turn++) {
        trajectory[turn] = new double[scenario.variables().size()];
        for (int v = 0; v < trajectory[turn].length; v++) {
          trajectory[turn][v] = last.valueAt(turn, v);
        }
      }
    }
    return new RunRecord(scores, last.values(), firings, last.turn(), last.endCondition(),
        trajectory);
  }

}
