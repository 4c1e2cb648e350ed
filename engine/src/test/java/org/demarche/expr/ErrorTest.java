package org.demarche.expr;

import static org.demarche.expr.Expressions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorTest {

  /** Asserts the three parts of an error; the position is the 0-based offset into the source. */
  private static void assertError(String source, int position, String message, String hint) {
    assertError(error(source), source, position, message, hint);
  }

  private static void assertError(ExpressionException e, String source, int position, String message, String hint) {
    assertEquals(message, e.message(), "the message for '" + source + "'");
    assertEquals(position, e.position(), "the position for '" + source + "' (" + e.getMessage() + ")");
    assertEquals(hint, e.hint(), "the hint for '" + source + "'");
  }

  @Test
  void getMessageCombinesMessageColumnAndHint() {
    assertEquals("unknown name 'reserv' at column 5; did you mean 'reserves_usd_bn'?", error("1 + reserv").getMessage(),
        "getMessage should give the message, the 1-based column and the hint");
    assertEquals("something is off at column 3", new ExpressionException(2, "something is off", "").getMessage(),
        "getMessage should leave out an empty hint");
  }

  @Test
  void unexpectedCharacterIsReportedWhereItIs() {
    assertError("1 # 2", 2, "unexpected character '#'",
        "expressions use numbers, names, + - * / ^, comparisons, and/or/not, commas and parentheses");
  }

  @Test
  void singleEqualsSignSuggestsDoubleEquals() {
    assertError("stability = 1", 10, "unexpected character '='", "use '==' to compare two values");
  }

  @Test
  void singleAmpersandAndBarSuggestTheLogicOperators() {
    assertError("1 & 0", 2, "unexpected character '&'", "use 'and' or '&&'");
    assertError("1 | 0", 2, "unexpected character '|'", "use 'or' or '||'");
  }

  @Test
  void typographicMinusSuggestsTheAsciiMinus() {
    assertError("5 \u2212 2", 2, "unexpected character '\u2212'", "use the ASCII minus sign '-'");
  }

  @Test
  void nonBreakingSpaceIsNamedByItsCodePoint() {
    assertError("1 +\u00A02", 3, "unexpected character U+00A0", "replace it with an ordinary space");
  }

  @Test
  void unexpectedEndPointsPastTheLastCharacter() {
    assertError("1 +", 3, "unexpected end of expression", "add a value after '+'");
    assertError("stability >= ", 13, "unexpected end of expression", "add a value after '>='");
  }

  @Test
  void operatorWhereAValueBelongsIsReported() {
    assertError("2 * * 3", 4, "expected a value but found '*'",
        "a value is a number, a name, a function call or a formula in parentheses");
    assertError("max(1, )", 7, "expected a value but found ')'",
        "a value is a number, a name, a function call or a formula in parentheses");
  }

  @Test
  void missingClosingParenthesisNamesTheOpeningOne() {
    assertError("(1 + 2", 6, "missing ')' to close the '(' at column 1", "add ')' at the end");
    assertError("2 * max(1, 2", 12, "missing ')' to close the '(' of max at column 8", "add ')' at the end");
  }

  @Test
  void somethingElseWhereAClosingParenthesisBelongsIsReported() {
    assertError("(1 2)", 3, "expected ')' to close the '(' at column 1 but found '2'", "add ')' or an operator before '2'");
    assertError("min(1 2)", 6, "expected ')' to close the '(' of min at column 4 but found '2'",
        "separate arguments with ','");
  }

  @Test
  void unmatchedClosingParenthesisIsReported() {
    assertError("1 + 2)", 5, "unmatched ')'", "remove it or add the '(' it closes");
  }

  @Test
  void valuesWithoutAnOperatorBetweenThemAreReported() {
    assertError("1 2", 2, "unexpected '2' after a complete expression",
        "join the parts with an operator such as '+' or 'and'");
  }

  @Test
  void unknownNameSuggestsTheClosestVariable() {
    assertError("1 + reserv", 4, "unknown name 'reserv'", "did you mean 'reserves_usd_bn'?");
    assertError("stabilty * 2", 0, "unknown name 'stabilty'", "did you mean 'stability'?");
    assertError("tunr + 1", 0, "unknown name 'tunr'", "did you mean 'turn'?");
  }

  @Test
  void unknownNameWithNothingCloseSaysWhatNamesLookLike() {
    assertError("2 * zzz", 4, "unknown name 'zzz'", "use a variable id, team.resource, self.resource, turn, true or false");
  }

  @Test
  void functionNameWithoutParenthesesIsReported() {
    assertError("abs", 0, "function 'abs' needs parentheses", "call it as abs(x)");
  }

  @Test
  void teamOrSelfWithoutAResourceIsReported() {
    assertError("gov + 1", 0, "'gov' must be followed by '.' and a resource name", "write gov.capital");
    assertError("1 + self", 4, "'self' must be followed by '.' and a resource name", "write self.capital");
    assertError("gov.", 4, "expected a resource name after 'gov.' but found the end of the expression", "write gov.capital");
  }

  @Test
  void unknownFunctionSuggestsAKnownOne() {
    assertError("1 + mx(1, 2)", 4, "unknown function 'mx'", "did you mean 'max'?");
    assertError("sqr(4)", 0, "unknown function 'sqr'", "did you mean 'sqrt'?");
  }

  @Test
  void unknownFunctionWithNothingCloseListsTheFunctions() {
    assertError("zzzzzz(4)", 0, "unknown function 'zzzzzz'",
        "known functions: abs, ceil, chance, clamp, exp, floor, if, lag, log, max, min, normal, ...");
  }

  @Test
  void variableFollowedByParenthesisSuggestsMultiplication() {
    assertError("stability(2)", 0, "unknown function 'stability'", "'stability' is a variable; write 'stability * (' to multiply");
  }

  @Test
  void lagRejectsAFirstArgumentThatIsNotAVariable() {
    String hint = "lag(x, n) reads variable x as it was n turns ago; to lag a formula, lag each variable in it";
    assertError("lag(stability + 1, 1)", 4, "lag's first argument must be a variable name, found 'stability + 1'", hint);
    assertError("2 * lag(gov.capital, 1)", 8, "lag's first argument must be a variable name, found 'gov.capital'", hint);
    assertError("lag(turn, 1)", 4, "lag's first argument must be a variable name, found 'turn'", hint);
  }

  @Test
  void lagRejectsASecondArgumentThatIsNotAPositiveWholeNumberLiteral() {
    String hint = "write a number literal, for example lag(stability, 1)";
    String message = "lag's second argument must be a whole number of turns, at least 1, found ";
    assertError("lag(stability, 0)", 15, message + "'0'", hint);
    assertError("lag(stability, 1.5)", 15, message + "'1.5'", hint);
    assertError("lag(stability, -1)", 15, message + "'-1'", hint);
    assertError("lag(stability,  1 + 1)", 16, message + "'1 + 1'", hint);
    assertError("lag(stability, inflation)", 15, message + "'inflation'", hint);
  }

  @Test
  void lagOfAnUnknownVariableSuggestsAKnownOne() {
    assertError("lag(stabilty, 1)", 4, "unknown name 'stabilty'", "did you mean 'stability'?");
  }

  @Test
  void selfIsRejectedWhereItIsNotAllowed() {
    Symbols noSelf = TestSymbols.standardBuilder().forbidSelf().build();
    assertError(error("1 + self.capital", noSelf), "1 + self.capital", 4, "'self' cannot be used here",
        "name the team instead, for example gov.capital");
  }

  @Test
  void unknownSelfResourceSuggestsAKnownOne() {
    assertError("self.captial", 5, "the acting team has no resource 'captial'", "did you mean 'self.capital'?");
    assertError("self.zzzzzz", 5, "the acting team has no resource 'zzzzzz'", "known resources: capital, legitimacy");
  }

  @Test
  void unknownTeamSuggestsAKnownOne() {
    assertError("gvo.capital", 0, "unknown team 'gvo'", "did you mean 'gov'?");
    assertError("stability.capital", 0, "unknown team 'stability'",
        "'stability' is a variable; only teams have resources, written team.resource");
  }

  @Test
  void unknownTeamResourceSuggestsAKnownOne() {
    assertError("1 - gov.captial", 8, "team 'gov' has no resource 'captial'", "did you mean 'gov.capital'?");
    assertError("opp.legitimacy", 4, "team 'opp' has no resource 'legitimacy'", "known resources: capital, morale");
  }

  @Test
  void chainedComparisonIsRejectedWithARewrite() {
    assertError("0 < stability < 10", 14, "comparisons cannot be chained",
        "compare two values at a time, for example '0 < stability and stability < 10'");
    assertError("if(1 <= inflation <= (2 + 3), 1, 0)", 18, "comparisons cannot be chained",
        "compare two values at a time, for example '1 <= inflation and inflation <= (2 + 3)'");
    assertError("1 == 1 != 0 or 1", 7, "comparisons cannot be chained",
        "compare two values at a time, for example '1 == 1 and 1 != 0'");
    assertError("1 < 2 <", 6, "comparisons cannot be chained",
        "compare two values at a time, for example '1 < 2 and 2 < ...'");
  }

  @Test
  void emptyExpressionIsRejected() {
    String hint = "write a number, a name or a formula, for example 0";
    assertError("", 0, "empty expression", hint);
    assertError(" \t ", 0, "empty expression", hint);
  }

  @Test
  void malformedNumberIsReportedWhole() {
    String hint = "write a number like 12, 1.5, .5, 1e3 or 2.5e-2";
    assertError("1.2.3", 0, "malformed number '1.2.3'", hint);
    assertError("2 * 1.2.3 + 1", 4, "malformed number '1.2.3'", hint);
    assertError("2e + 1", 0, "malformed number '2e'", hint);
    assertError("3x", 0, "malformed number '3x'", hint);
  }

  @Test
  void numberTooLargeForADoubleIsRejected() {
    assertError("1e999", 0, "number '1e999' is too large", "numbers must be below 1.8e308");
  }

  @Test
  void deepNestingIsRejectedInsteadOfOverflowingTheStack() {
    String source = "(".repeat(500) + "1" + ")".repeat(500);
    assertError(source, 100, "expression is nested more than 100 levels deep", "split it into derived variables");
    assertError("-".repeat(500) + "1", 100, "expression is nested more than 100 levels deep",
        "split it into derived variables");
  }
}
