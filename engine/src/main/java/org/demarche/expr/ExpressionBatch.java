package org.demarche.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed list of expressions evaluated together on one state by a single generated method: for
 * the engine's loops over a scenario's dynamics or indicators, one call instead of one per formula
 * (a megamorphic call whose target the processor mispredicts). The expressions must not draw random
 * numbers, so that evaluating them together cannot change which numbers anything draws.
 */
public final class ExpressionBatch {
  private final Body body;
  private final int size;

  private ExpressionBatch(Body body, int size) {
    this.body = body;
    this.size = size;
  }

  /**
   * Compiles {@code expressions} into one batch.
   *
   * @throws IllegalArgumentException when one of them draws random numbers
   */
  public static ExpressionBatch of(List<CompiledExpression> expressions) {
    List<Node> roots = new ArrayList<>(expressions.size());
    for (CompiledExpression expression : expressions) {
      if (expression.drawsRandom()) {
        throw new IllegalArgumentException("'" + expression.source() + "' draws random numbers");
      }
      roots.add(expression.root());
    }
    Body generated = FormulaClass.batch(roots);
    return new ExpressionBatch(generated != null ? generated : new OneByOne(expressions), roots.size());
  }

  /** How many expressions the batch holds. */
  public int size() {
    return size;
  }

  /**
   * Stores the value of expression {@code i} in {@code results[i]}, for every expression in order,
   * exactly as {@link CompiledExpression#eval} would give it.
   */
  public void evalAll(EvalContext ctx, double[] results) {
    if (results.length < size) {
      throw new IllegalArgumentException(
          "room for " + results.length + " results, " + size + " needed");
    }
    body.evalAll(ctx, results);
  }

  /** What a batch runs; generated classes extend it. */
  abstract static class Body {
    abstract void evalAll(EvalContext ctx, double[] results);
  }

  /** A batch too large for one method HotSpot would compile: each expression on its own. */
  private static final class OneByOne extends Body {
    private final CompiledExpression[] expressions;

    OneByOne(List<CompiledExpression> expressions) {
      this.expressions = expressions.toArray(new CompiledExpression[0]);
    }

    @Override
    void evalAll(EvalContext ctx, double[] results) {
      for (int i = 0; i < expressions.length; i++) {
        results[i] = expressions[i].eval(ctx);
      }
    }
  }
}
