package org.demarche.expr;

import static org.demarche.expr.Expressions.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "12 | 12", "1.5 | 1.5", ".5 | 0.5", "1e3 | 1000", "2.5e-2 | 0.025", "1E+2 | 100", "7. | 7"})
  void numbersAreWrittenInDecimalOrExponentNotation(String source, double expected) {
    assertEquals(expected, eval(source), "'" + source + "' should read as " + expected);
  }

  @Test
  void whitespaceIsAllowedBetweenAnyTokens() {
    assertEquals(11.0, eval(" \t( 1\n+ 2 )*\r\n3 + max ( 1 , 2 ) "), "spaces, tabs and newlines should be ignored");
  }

  @Test
  void orBindsLooserThanAnd() {
    assertEquals(1.0, eval("1 or 0 and 0"), "'1 or 0 and 0' should group as '1 or (0 and 0)'");
  }

  @Test
  void andBindsLooserThanNot() {
    assertEquals(0.0, eval("not 0 and 0"), "'not 0 and 0' should group as '(not 0) and 0'");
  }

  @Test
  void notBindsLooserThanComparison() {
    assertEquals(1.0, eval("not 1 < 0"), "'not 1 < 0' should group as 'not (1 < 0)'");
  }

  @Test
  void notCanBeRepeated() {
    assertEquals(1.0, eval("not not 5"), "'not not 5' should be the truth value of 5");
  }

  @Test
  void comparisonBindsLooserThanAddition() {
    assertEquals(1.0, eval("1 + 1 == 2"), "'1 + 1 == 2' should group as '(1 + 1) == 2'");
  }

  @Test
  void additionBindsLooserThanMultiplication() {
    assertEquals(14.0, eval("2 + 3 * 4"), "'2 + 3 * 4' should group as '2 + (3 * 4)'");
    assertEquals(-10.0, eval("2 - 3 * 4"), "'2 - 3 * 4' should group as '2 - (3 * 4)'");
  }

  @Test
  void subtractionAndDivisionAreLeftAssociative() {
    assertEquals(3.0, eval("10 - 4 - 3"), "'10 - 4 - 3' should group as '(10 - 4) - 3'");
    assertEquals(3.0, eval("24 / 4 / 2"), "'24 / 4 / 2' should group as '(24 / 4) / 2'");
    assertEquals(6.0, eval("12 / 4 * 2"), "'12 / 4 * 2' should group as '(12 / 4) * 2'");
  }

  @Test
  void unaryMinusAppliesToTheOperandAfterAnOperator() {
    assertEquals(-6.0, eval("2 * -3"), "'2 * -3' should be -6");
    assertEquals(5.0, eval("- -5"), "'- -5' should be 5");
    assertEquals(-1.0, eval("2 - -3 * -1"), "'2 - -3 * -1' should group as '2 - ((-3) * (-1))'");
  }

  @Test
  void powerBindsTighterThanUnaryMinus() {
    assertEquals(-4.0, eval("-2^2"), "'-2^2' should group as '-(2^2)'");
    assertEquals(4.0, eval("(-2)^2"), "'(-2)^2' should be 4");
  }

  @Test
  void powerBindsTighterThanMultiplication() {
    assertEquals(18.0, eval("2 * 3^2"), "'2 * 3^2' should group as '2 * (3^2)'");
  }

  @Test
  void powerIsRightAssociative() {
    assertEquals(512.0, eval("2^3^2"), "'2^3^2' should group as '2^(3^2)'");
  }

  @Test
  void powerAcceptsANegativeExponent() {
    assertEquals(0.5, eval("2^-1"), "'2^-1' should be 0.5");
  }

  @Test
  void parenthesesOverridePrecedence() {
    assertEquals(20.0, eval("(2 + 3) * 4"), "'(2 + 3) * 4' should be 20");
    assertEquals(0.0, eval("(1 or 0) and 0"), "'(1 or 0) and 0' should be 0");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "1 < 2 | 1", "2 < 2 | 0", "2 <= 2 | 1", "3 <= 2 | 0", "3 > 2 | 1", "2 > 2 | 0",
      "2 >= 2 | 1", "1 >= 2 | 0", "2 == 2 | 1", "2 == 3 | 0", "2 != 3 | 1", "2 != 2 | 0"})
  void comparisonsGiveOneOrZero(String source, double expected) {
    assertEquals(expected, eval(source), "'" + source + "' should be " + expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "5 and 3; 1", "5 and 0; 0", "0 or 7; 1", "0 or 0; 0", "not 3; 0", "not 0; 1",
      "1 && 0; 0", "0 || 2; 1", "!0; 1", "!2; 0", "1 || 0 && 0; 1", "! 1 < 0; 1"})
  void logicOperatorsAndTheirAliasesGiveOneOrZero(String source, double expected) {
    assertEquals(expected, eval(source), "'" + source + "' should be " + expected);
  }

  @Test
  void trueAndFalseAreOneAndZero() {
    assertEquals(1.0, eval("true"), "true should be 1");
    assertEquals(0.0, eval("false"), "false should be 0");
  }

  @Test
  void notANumberIsFalse() {
    FakeContext ctx = FakeContext.builder().variables(Double.NaN, 0, 0).build();
    assertEquals(1.0, eval("not reserves_usd_bn", ctx), "not NaN should be 1 because NaN is not truthy");
    assertEquals(0.0, eval("reserves_usd_bn and 1", ctx), "NaN and 1 should be 0");
    assertEquals(2.0, eval("if(reserves_usd_bn, 1, 2)", ctx), "if(NaN, ...) should take the else branch");
  }

  @Test
  void andShortCircuits() {
    FakeContext ctx = FakeContext.builder().variables(0, 0, 10).draws(0.1).build();
    assertEquals(0.0, eval("stability > 50 and chance(0.5)", ctx), "a false left side should make 'and' 0");
    assertEquals(0, ctx.draws(), "'and' should not evaluate its right side when the left is false");
  }

  @Test
  void orShortCircuits() {
    FakeContext ctx = FakeContext.builder().variables(0, 0, 60).draws(0.9).build();
    assertEquals(1.0, eval("stability > 50 or chance(0.5)", ctx), "a true left side should make 'or' 1");
    assertEquals(0, ctx.draws(), "'or' should not evaluate its right side when the left is true");
  }

  @Test
  void orEvaluatesItsRightSideWhenTheLeftIsFalse() {
    FakeContext ctx = FakeContext.builder().variables(0, 0, 10).draws(0.1).build();
    assertEquals(1.0, eval("stability > 50 or chance(0.5)", ctx), "the draw 0.1 < 0.5 should make 'or' 1");
    assertEquals(1, ctx.draws(), "'or' should evaluate its right side when the left is false");
  }

  @Test
  void variablesTeamResourcesSelfResourcesAndTurnAreRead() {
    FakeContext ctx = FakeContext.builder()
        .variables(100, 7, 50)
        .resources(1, 2, 3, 4)
        .selfResources(10, 20)
        .turn(3)
        .build();
    assertEquals(157.0, eval("reserves_usd_bn + inflation + stability", ctx), "variables should be read by index");
    assertEquals(6.0, eval("gov.legitimacy + opp.morale", ctx), "team resources should be read by flat index");
    assertEquals(3.0, eval("opp.capital", ctx), "opp.capital is the third resource overall");
    assertEquals(20.0, eval("self.legitimacy", ctx), "self.legitimacy should read the acting team's resource");
    assertEquals(3.0, eval("turn", ctx), "turn should be the current turn");
  }
}
