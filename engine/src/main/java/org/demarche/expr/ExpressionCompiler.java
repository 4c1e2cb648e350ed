package org.demarche.expr;

import java.util.Objects;

/** Compiles expression source text into a {@link CompiledExpression}, reporting the first error found. */
public final class ExpressionCompiler {

  private ExpressionCompiler() {}

  /**
   * Parses {@code source}, resolves every name through {@code symbols} and folds constant parts.
   *
   * @throws ExpressionException when the source is malformed or names something {@code symbols} does not know
   */
  public static CompiledExpression compile(String source, Symbols symbols) throws ExpressionException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(symbols, "symbols");
    return new CompiledExpression(source, Parser.parse(source, symbols));
  }
}
