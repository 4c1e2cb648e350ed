package org.demarche.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.EvalContext;
import org.demarche.expr.ExpressionBatch;

/**
 * A fixed list of a scenario's formulas that a turn evaluates on one state, such as every dynamic's
 * delta. Those that draw nothing are evaluated together by one {@link ExpressionBatch} call; the
 * engine evaluates the others on their own, as it must point the random stream first. An entry
 * may be null (a dynamic without a gate).
 */
public final class FormulaList {
  private final CompiledExpression[] formulas;
  /** Per formula, its place in the batch's results, or -1 when it is null or draws. */
  private final int[] batchIndex;
  private final ExpressionBatch batch;

  public FormulaList(List<CompiledExpression> formulas) {
    this.formulas = formulas.toArray(new CompiledExpression[0]);
    this.batchIndex = new int[this.formulas.length];
    Arrays.fill(batchIndex, -1);
    List<CompiledExpression> batched = new ArrayList<>();
    for (int i = 0; i < this.formulas.length; i++) {
      CompiledExpression formula = this.formulas[i];
      if (formula != null && !formula.drawsRandom()) {
        batchIndex[i] = batched.size();
        batched.add(formula);
      }
    }
    this.batch = ExpressionBatch.of(batched);
  }

  public int size() {
    return formulas.length;
  }

  /** The formula at {@code i}, or null. */
  public CompiledExpression get(int i) {
    return formulas[i];
  }

  /**
   * Evaluates every formula that draws nothing into {@code scratch}, indexed by {@link #batchIndex},
   * or into a new array when {@code scratch} is null or too small; returns the array used.
   */
  public double[] evalBatch(EvalContext ctx, double[] scratch) {
    double[] results =
        scratch != null && scratch.length >= batch.size() ? scratch : new double[batch.size()];
    batch.evalAll(ctx, results);
    return results;
  }

  /** Where the value of formula {@code i} is in {@link #evalBatch}'s results, or -1 when it is null or draws. */
  public int batchIndex(int i) {
    return batchIndex[i];
  }
}
