package org.demarche.expr;

import java.util.Objects;

/**
 * An expression compiled once into a tree of small nodes, and from the tree into bytecode, evaluated
 * many times without allocating; it also tells the engine what it reads and whether it draws
 * random numbers.
 */
public final class CompiledExpression {

  private final String source;
  private final Node root;
  /** What {@link #eval} runs: a class generated from the tree, or the tree itself. */
  private final Formula formula;
  /** Whether the tree folded to a constant, which {@link #eval} returns without a virtual call. */
  private final boolean constant;
  private final double value;
  private final int[] variablesRead;
  private final int[] resourcesRead;
  private final boolean readsSelf;
  private final boolean drawsRandom;
  private final int maxLag;

  CompiledExpression(String source, Node root) {
    this.source = Objects.requireNonNull(source, "source");
    this.root = Objects.requireNonNull(root, "root");
    this.formula = FormulaClass.of(root);
    this.constant = root instanceof Node.Const;
    this.value = constant ? ((Node.Const) root).value : Double.NaN;
    Usage usage = Usage.of(root);
    this.variablesRead = usage.variables();
    this.resourcesRead = usage.resources();
    this.readsSelf = usage.readsSelf();
    this.drawsRandom = usage.drawsRandom();
    this.maxLag = usage.maxLag();
  }

  /**
   * A result as the engine takes it: a non-finite one (a division by zero, say) counts as 0, so
   * that one bad formula cannot poison the state.
   */
  public static double finiteOrZero(double result) {
    return Double.isFinite(result) ? result : 0;
  }

  /** Evaluates the expression against {@code ctx}; allocates nothing and draws from {@code ctx} in source order. */
  public double eval(EvalContext ctx) {
    // About one evaluation in five is of a constant (costs, chances, amounts).
    return constant ? value : formula.eval(ctx);
  }

  /** The tree, for compiling several expressions into one {@link ExpressionBatch}. */
  Node root() {
    return root;
  }

  /** The text the expression was compiled from. */
  public String source() {
    return source;
  }

  /** True when the expression reads nothing and draws nothing once constant parts are folded. */
  public boolean isConstant() {
    return constant;
  }

  /**
   * The expression's value when {@link #isConstant()}.
   *
   * @throws IllegalStateException when the expression is not constant
   */
  public double constantValue() {
    if (constant) {
      return value;
    }
    throw new IllegalStateException("'" + source + "' is not constant");
  }

  /** The variable's index when the expression only reads one variable's current value, else -1. */
  public int variableIndex() {
    return root instanceof Node.Variable ? ((Node.Variable) root).index() : -1;
  }

  /** Sorted distinct indices of the variables read, including the targets of {@code lag}; a fresh copy. */
  public int[] variablesRead() {
    return variablesRead.clone();
  }

  /** Sorted distinct flat indices of the team resources read as {@code team.resource}; a fresh copy. */
  public int[] resourcesRead() {
    return resourcesRead.clone();
  }

  /** Whether the expression reads the acting team's resources ({@code self.resource}). */
  public boolean readsSelf() {
    return readsSelf;
  }

  /** Whether evaluating the expression may draw from the random generator. */
  public boolean drawsRandom() {
    return drawsRandom;
  }

  /** The largest {@code n} in {@code lag(x, n)}, or 0 when the expression uses no lag. */
  public int maxLag() {
    return maxLag;
  }

  @Override
  public String toString() {
    return source;
  }
}
