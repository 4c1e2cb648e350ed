package org.demarche.expr;

import static org.demarche.expr.Expressions.compile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstantFoldingTest {

  private static void assertConstant(String source, double expected) {
    CompiledExpression expression = compile(source);
    assertTrue(expression.isConstant(), "'" + source + "' should fold to a constant");
    assertEquals(expected, expression.constantValue(), 1e-12, "'" + source + "' should fold to " + expected);
    assertArrayEquals(new int[0], expression.variablesRead(), "'" + source + "' should read no variables");
    assertArrayEquals(new int[0], expression.resourcesRead(), "'" + source + "' should read no resources");
    assertFalse(expression.readsSelf(), "'" + source + "' should not read self");
    assertFalse(expression.drawsRandom(), "'" + source + "' should not draw");
  }

  private static void assertNotConstant(String source) {
    assertFalse(compile(source).isConstant(), "'" + source + "' should not be constant");
  }

  @Test
  void arithmeticOnLiteralsFoldsToItsValue() {
    assertConstant("1 + 2 * 3", 7);
    assertConstant("-2^2", -4);
    assertConstant("max(1, 2, 3) + sqrt(16) + clamp(9, 0, 5)", 12);
    assertConstant("round(2.5) + abs(-1) + floor(1.5) + ceil(1.5) + exp(0) + log(1)", 8);
  }

  @Test
  void logicOnLiteralsFoldsToOneOrZero() {
    assertConstant("true and not false", 1);
    assertConstant("1 < 2 or 2 < 1", 1);
  }

  @Test
  void decidedLogicFoldsEvenWhenTheOtherSideReadsOrDraws() {
    assertConstant("0 and random()", 0);
    assertConstant("false and stability > 1", 0);
    assertConstant("1 or gov.capital", 1);
  }

  @Test
  void undecidedLogicKeepsTheOtherSide() {
    assertNotConstant("1 and stability");
    assertNotConstant("0 or chance(0.5)");
    FakeContext ctx = FakeContext.builder().variables(0, 0, 4).build();
    assertEquals(1.0, compile("1 and stability").eval(ctx), "'1 and 4' should be 1, not 4");
  }

  @Test
  void ifWithAConstantConditionKeepsOnlyTheBranchTaken() {
    assertConstant("if(1 > 0, 2, random())", 2);
    CompiledExpression expression = compile("if(0, random(), stability)");
    assertFalse(expression.isConstant(), "the else branch reads stability");
    assertFalse(expression.drawsRandom(), "the dropped branch's random() should not count");
    assertArrayEquals(new int[] {2}, expression.variablesRead(), "only stability should be read");
  }

  @Test
  void readsAndDrawsAreNeverFolded() {
    assertNotConstant("random()");
    assertNotConstant("turn");
    assertNotConstant("stability * 0");
    assertNotConstant("self.capital - self.capital");
    assertNotConstant("opp.morale");
    assertNotConstant("lag(inflation, 1)");
  }

  @Test
  void constantValueOfANonConstantExpressionIsAnError() {
    CompiledExpression expression = compile("stability");
    assertThrows(IllegalStateException.class, expression::constantValue,
        "constantValue() should refuse an expression that is not constant");
  }

  @Test
  void variablesReadAreSortedAndDistinct() {
    CompiledExpression expression = compile("stability + reserves_usd_bn * stability + lag(inflation, 3)");
    assertArrayEquals(new int[] {0, 1, 2}, expression.variablesRead(), "each variable should appear once, in order");
    assertArrayEquals(new int[0], expression.resourcesRead(), "no team resource is read");
    assertFalse(expression.readsSelf(), "self is not read");
    assertFalse(expression.drawsRandom(), "nothing is drawn");
  }

  @Test
  void resourcesReadAreSortedAndDistinct() {
    CompiledExpression expression = compile("opp.morale + gov.capital * opp.morale + self.capital");
    assertArrayEquals(new int[] {0, 3}, expression.resourcesRead(), "gov.capital is 0 and opp.morale is 3");
    assertTrue(expression.readsSelf(), "self.capital reads self");
    assertArrayEquals(new int[0], expression.variablesRead(), "no variable is read");
  }

  @Test
  void drawsRandomCoversEveryRandomFunction() {
    for (String source : new String[] {"random()", "uniform(0, 1)", "normal(0, 1)", "chance(0.5)", "if(turn > 1, 1, random())"}) {
      assertTrue(compile(source).drawsRandom(), "'" + source + "' should report that it draws");
    }
  }

  @Test
  void readArraysAreCopies() {
    CompiledExpression expression = compile("stability + gov.capital");
    expression.variablesRead()[0] = 99;
    expression.resourcesRead()[0] = 99;
    assertArrayEquals(new int[] {2}, expression.variablesRead(), "changing a returned array should not change the expression");
    assertArrayEquals(new int[] {0}, expression.resourcesRead(), "changing a returned array should not change the expression");
  }

  @Test
  void sourceIsKept() {
    assertEquals(" 1 + 2 ", compile(" 1 + 2 ").source(), "source() should return the text as given");
  }
}
