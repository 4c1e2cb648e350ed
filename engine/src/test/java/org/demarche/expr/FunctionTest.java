package org.demarche.expr;

import static org.demarche.expr.Expressions.compile;
import static org.demarche.expr.Expressions.error;
import static org.demarche.expr.Expressions.eval;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "min(3, 1) | 1", "min(3, 1, 2) | 1", "max(3, 1) | 3", "max(1, 4, 2) | 4",
      "clamp(5, 0, 10) | 5", "clamp(-5, 0, 10) | 0", "clamp(15, 0, 10) | 10",
      "abs(-2.5) | 2.5", "sqrt(16) | 4", "exp(0) | 1", "log(1) | 0",
      "floor(2.7) | 2", "floor(-2.2) | -3", "ceil(2.2) | 3", "ceil(-2.7) | -2",
      "round(2.5) | 3", "round(2.4) | 2", "round(-2.5) | -2", "round(-2.6) | -3",
      "round(0.49999999999999994) | 0",
      "if(1, 2, 3) | 2", "if(0, 2, 3) | 3"})
  void functionsComputeTheirValues(String source, double expected) {
    assertEquals(expected, eval(source), 1e-12, "'" + source + "' should be " + expected);
  }

  @Test
  void logIsTheNaturalLogarithm() {
    assertEquals(1.0, eval("log(exp(1))"), 1e-12, "log(exp(1)) should be 1");
  }

  @Test
  void roundKeepsNotANumberAndInfinity() {
    FakeContext ctx = FakeContext.builder().variables(Double.NaN, Double.POSITIVE_INFINITY, 0).build();
    assertEquals(Double.NaN, eval("round(reserves_usd_bn)", ctx), "round(NaN) should be NaN");
    assertEquals(Double.POSITIVE_INFINITY, eval("round(inflation)", ctx), "round(infinity) should be infinity");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "min(1) | min takes 2 or more arguments (a, b, ...), got 1",
      "max() | max takes 2 or more arguments (a, b, ...), got 0",
      "clamp(1, 2) | clamp takes 3 arguments (x, lo, hi), got 2",
      "abs(1, 2) | abs takes 1 argument (x), got 2",
      "sqrt() | sqrt takes 1 argument (x), got 0",
      "exp(1, 2) | exp takes 1 argument (x), got 2",
      "log() | log takes 1 argument (x), got 0",
      "floor(1, 2) | floor takes 1 argument (x), got 2",
      "ceil() | ceil takes 1 argument (x), got 0",
      "round(1, 2) | round takes 1 argument (x), got 2",
      "if(1, 2) | if takes 3 arguments (condition, then, else), got 2",
      "lag(stability) | lag takes 2 arguments (x, n), got 1",
      "random(1) | random takes no arguments, got 1",
      "uniform(1) | uniform takes 2 arguments (a, b), got 1",
      "normal(1, 2, 3) | normal takes 2 arguments (mean, sd), got 3",
      "chance() | chance takes 1 argument (p), got 0"})
  void everyFunctionRejectsTheWrongNumberOfArguments(String source, String message) {
    ExpressionException e = error(source);
    assertEquals(message, e.message(), "the arity error should say what the function takes");
    assertEquals(0, e.position(), "the arity error should point at the function name");
  }

  @Test
  void arityErrorHintShowsHowToCallTheFunction() {
    assertEquals("write clamp(x, lo, hi)", error("clamp(1, 2)").hint(), "the hint should show the signature");
    assertEquals("write random()", error("random(1)").hint(), "the hint should show an empty argument list");
  }

  @Test
  void ifOnlyEvaluatesTheBranchTaken() {
    FakeContext falseCondition = FakeContext.builder().variables(0, 0, 0).draws(0.5).build();
    assertEquals(5.0, eval("if(stability > 0, random(), 5)", falseCondition), "a false condition should give 5");
    assertEquals(0, falseCondition.draws(), "the untaken branch with random() should not draw");

    FakeContext trueCondition = FakeContext.builder().variables(0, 0, 1).draws(0.5).build();
    assertEquals(0.5, eval("if(stability > 0, random(), normal(0, 1))", trueCondition),
        "a true condition should give the draw");
    assertEquals(1, trueCondition.draws(), "only the taken branch should draw, once");
  }

  @Test
  void ifDoesNotReadTheUntakenBranch() {
    FakeContext ctx = FakeContext.builder().variables(0, 0, 1).build();
    assertEquals(7.0, eval("if(turn > 0, 7, stability + inflation)", ctx), "turn 1 > 0 should give 7");
    assertEquals(0, ctx.variableReads(), "the untaken branch should not read its variables");
  }

  @Test
  void lagReadsTheVariableTheGivenNumberOfTurnsAgo() {
    FakeContext ctx = FakeContext.builder()
        .variables(100, 0, 0)
        .lagged(0, 1, 90)
        .lagged(0, 3, 70)
        .build();
    assertEquals(10.0, eval("reserves_usd_bn - lag(reserves_usd_bn, 1)", ctx), "the change since last turn should be 10");
    assertEquals(70.0, eval("lag(reserves_usd_bn, 3)", ctx), "lag 3 should read the value three turns ago");
    assertEquals(70.0, eval("lag( reserves_usd_bn , 3e0 )", ctx), "3e0 is a whole-number literal");
  }

  @Test
  void lagReportsItsTargetAndDepth() {
    CompiledExpression expression = compile("lag(stability, 4) + lag(inflation, 2)");
    assertArrayEquals(new int[] {1, 2}, expression.variablesRead(), "lag targets should count as variables read");
    assertEquals(4, expression.maxLag(), "maxLag should be the largest lag");
    assertEquals(0, compile("stability").maxLag(), "an expression without lag should have maxLag 0");
  }

  @Test
  void randomReturnsTheNextDraw() {
    FakeContext ctx = FakeContext.builder().draws(0.25).build();
    assertEquals(0.25, eval("random()", ctx), "random() should return the draw");
    assertEquals(1, ctx.draws(), "random() should draw once");
  }

  @Test
  void drawsHappenInSourceOrder() {
    FakeContext ctx = FakeContext.builder().draws(0.1, 0.2).build();
    assertEquals(0.1 - 2 * 0.2, eval("random() - 2 * random()", ctx), 1e-15, "the left random() should draw first");
  }

  @Test
  void uniformScalesOneDraw() {
    FakeContext ctx = FakeContext.builder().draws(0.25).build();
    assertEquals(2.5, eval("uniform(2, 4)", ctx), "uniform(2, 4) with draw 0.25 should be 2.5");
    assertEquals(1, ctx.draws(), "uniform should draw exactly once");
  }

  @Test
  void normalUsesExactlyTwoDrawsThroughBoxMuller() {
    double u1 = 0.3;
    double u2 = 0.6;
    FakeContext ctx = FakeContext.builder().draws(u1, u2).build();
    double expected = 10 + 2 * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    assertEquals(expected, eval("normal(10, 2)", ctx), 1e-12, "normal(10, 2) should follow Box-Muller");
    assertEquals(2, ctx.draws(), "normal should draw exactly twice");
  }

  @Test
  void normalStaysFiniteWhenTheGeneratorReturnsZero() {
    FakeContext ctx = FakeContext.builder().draws(0.0, 0.0).build();
    assertEquals(5.0, eval("normal(5, 1)", ctx), "a zero first draw should give radius 0, not infinity");
  }

  @Test
  void chanceIsOneWhenTheDrawIsBelowTheProbability() {
    FakeContext below = FakeContext.builder().draws(0.2).build();
    assertEquals(1.0, eval("chance(0.3)", below), "draw 0.2 < 0.3 should give 1");
    FakeContext above = FakeContext.builder().draws(0.3).build();
    assertEquals(0.0, eval("chance(0.3)", above), "draw 0.3 is not below 0.3, so 0");
  }

  @Test
  void chanceAlwaysDrawsOnceEvenWhenTheOutcomeIsCertain() {
    FakeContext ctx = FakeContext.builder().draws(0.0, 0.99).build();
    assertEquals(0.0, eval("chance(0)", ctx), "chance(0) should be 0");
    assertEquals(1, ctx.draws(), "chance(0) should still draw so the draw count never depends on p");
    ctx.rewind();
    assertEquals(2.0, eval("chance(1) + chance(1)", ctx), "chance(1) should be 1 for any draw below 1");
    assertEquals(2, ctx.draws(), "each chance should draw once");
  }
}
