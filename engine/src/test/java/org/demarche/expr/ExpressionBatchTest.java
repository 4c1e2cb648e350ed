package org.demarche.expr;

import static org.demarche.expr.Expressions.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch must store exactly what each of its expressions gives on its own. */
class ExpressionBatchTest {

  private static final List<String> SOURCES = List.of(
      "0.25 * (50 - stability)", "if(stability > 50 and inflation != 0, gov.capital, -opp.morale)",
      "lag(stability, 2) - stability", "stability / 0", "0 / (stability - stability)",
      "round(-0.5 * inflation) + turn", "min(self.capital, inflation, 3) ^ 0.5", "-0",
      "not (stability > 60 or inflation < 0)", "log(stability - 60)", "clamp(reserves_usd_bn, 0, 1)");

  @Test
  void storesWhatEachExpressionGives() {
    List<CompiledExpression> expressions = new ArrayList<>();
    SOURCES.forEach(source -> expressions.add(compile(source)));
    ExpressionBatch batch = ExpressionBatch.of(expressions);
    for (double stability : new double[] {0, 49.5, 50, 60, 75, -0.0, Double.NaN}) {
      FakeContext ctx = FakeContext.builder()
          .variables(1.5, stability == 60 ? 0 : 3.25, stability)
          .lagged(2, 2, 55)
          .resources(3, 0.5, -2, 8)
          .selfResources(1, 4)
          .turn(5)
          .build();
      double[] results = new double[SOURCES.size() + 1];
      results[SOURCES.size()] = 42;
      batch.evalAll(ctx, results);
      for (int i = 0; i < SOURCES.size(); i++) {
        double alone = expressions.get(i).eval(ctx);
        assertEquals(Double.doubleToLongBits(alone), Double.doubleToLongBits(results[i]),
            "'" + SOURCES.get(i) + "' at stability " + stability);
      }
      assertEquals(42, results[SOURCES.size()], "a batch writes only its own results");
    }
  }

  @Test
  void aBatchTooLargeForOneMethodStillEvaluatesEveryExpression() {
    List<CompiledExpression> expressions = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      expressions.add(compile("stability * " + i + " + if(inflation > " + i + ", 1, turn)"));
    }
    double[] results = new double[expressions.size()];
    ExpressionBatch.of(expressions)
        .evalAll(FakeContext.builder().variables(0, 500, 2).turn(3).build(), results);
    assertEquals(2 * 999 + 3, results[999], "the last expression");
    assertEquals(2 * 7 + 1, results[7], "an early expression");
  }

  @Test
  void anEmptyBatchDoesNothing() {
    ExpressionBatch batch = ExpressionBatch.of(List.of());
    batch.evalAll(FakeContext.builder().build(), new double[0]);
    assertEquals(0, batch.size(), "no expressions");
  }

  @Test
  void refusesExpressionsThatDraw() {
    assertThrows(IllegalArgumentException.class,
        () -> ExpressionBatch.of(List.of(compile("stability"), compile("normal(0, 1)"))));
  }

  @Test
  void refusesTooSmallAResultsArray() {
    ExpressionBatch batch = ExpressionBatch.of(List.of(compile("stability"), compile("turn")));
    assertThrows(IllegalArgumentException.class,
        () -> batch.evalAll(FakeContext.builder().build(), new double[1]));
  }
}
