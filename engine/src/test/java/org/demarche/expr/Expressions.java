package org.demarche.expr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Shorthands shared by the expression tests. */
final class Expressions {

  private Expressions() {}

  static CompiledExpression compile(String source) {
    return compile(source, TestSymbols.standard());
  }

  static CompiledExpression compile(String source, Symbols symbols) {
    try {
      return ExpressionCompiler.compile(source, symbols);
    } catch (ExpressionException e) {
      return fail("expected '" + source + "' to compile, but: " + e.getMessage(), e);
    }
  }

  /** Evaluates against a context where every value is zero, turn is 1 and nothing may be drawn. */
  static double eval(String source) {
    return compile(source).eval(FakeContext.builder().build());
  }

  static double eval(String source, FakeContext ctx) {
    return compile(source).eval(ctx);
  }

  static ExpressionException error(String source) {
    return error(source, TestSymbols.standard());
  }

  static ExpressionException error(String source, Symbols symbols) {
    return assertThrows(ExpressionException.class, () -> ExpressionCompiler.compile(source, symbols),
        "expected '" + source + "' to be rejected");
  }
}
