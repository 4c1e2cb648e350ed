package org.demarche.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Scenario;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.EvalContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How long the generated scenario's dynamics take to evaluate, without the engine around them. */
// A fake context backed by plain arrays leaves the engine's bookkeeping out; divide the time per
// operation by GeneratedScenario.DYNAMICS for one formula.
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExpressionBenchmark {
  private CompiledExpression[] deltas;
  private ArrayContext context;

  @Setup
  public void setUp() {
    Scenario scenario = GeneratedScenario.scenario(BenchmarkGames.SCENARIO_SEED);
    List<Dynamic> dynamics = scenario.dynamics();
    deltas = new CompiledExpression[dynamics.size()];
    for (int d = 0; d < deltas.length; d++) {
      deltas[d] = dynamics.get(d).delta();
    }
    double[] values = new double[scenario.variables().size()];
    for (int v = 0; v < values.length; v++) {
      values[v] = 40 + v % 20;
    }
    context = new ArrayContext(values, new double[scenario.resourceCount()]);
  }

  @Benchmark
  public double allDynamics() {
    double sum = 0;
    for (CompiledExpression delta : deltas) {
      sum += delta.eval(context);
    }
    return sum;
  }

  /** Reads fixed arrays; lagged values are the current ones, random draws a fixed number. */
  private static final class ArrayContext implements EvalContext {
    private final double[] values;
    private final double[] resources;

    ArrayContext(double[] values, double[] resources) {
      this.values = values;
      this.resources = resources;
    }

    @Override
    public double variable(int index) {
      return values[index];
    }

    @Override
    public double lagged(int index, int turnsAgo) {
      return values[index];
    }

    @Override
    public double resource(int index) {
      return resources[index];
    }

    @Override
    public double selfResource(int index) {
      return resources[index];
    }

    @Override
    public int turn() {
      return 5;
    }

    @Override
    public double nextRandom() {
      return 0.5;
    }
  }
}
