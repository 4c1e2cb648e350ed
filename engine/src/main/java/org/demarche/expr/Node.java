package org.demarche.expr;

import static org.demarche.expr.Operations.bool;
import static org.demarche.expr.Operations.truthy;

/**
 * One operation of a compiled expression tree, with its operands and indices resolved at compile
 * time so that evaluation allocates nothing.
 */
abstract sealed class Node extends Formula {

  /** Evaluates this subtree; operands are evaluated left to right so random draws happen in source order. */
  abstract double eval(EvalContext ctx);

  /** Adds what this subtree reads and draws to {@code usage}. */
  abstract void collect(Usage usage);

  /** Writes the bytecode that leaves this subtree's value on the stack, evaluating as {@link #eval} does. */
  abstract void emit(FormulaCode code);

  static final class Const extends Node {
    final double value;

    Const(double value) {
      this.value = value;
    }

    @Override
    double eval(EvalContext ctx) {
      return value;
    }

    @Override
    void emit(FormulaCode code) {
      code.constant(value);
    }

    @Override
    void collect(Usage usage) {
      // A constant reads nothing.
    }
  }

  static final class Variable extends Node {
    private final int index;

    Variable(int index) {
      this.index = index;
    }

    int index() {
      return index;
    }

    @Override
    double eval(EvalContext ctx) {
      return ctx.variable(index);
    }

    @Override
    void emit(FormulaCode code) {
      code.read("variable", index);
    }

    @Override
    void collect(Usage usage) {
      usage.variable(index);
    }
  }

  static final class Lagged extends Node {
    private final int index;
    private final int turnsAgo;

    Lagged(int index, int turnsAgo) {
      this.index = index;
      this.turnsAgo = turnsAgo;
    }

    @Override
    double eval(EvalContext ctx) {
      return ctx.lagged(index, turnsAgo);
    }

    @Override
    void emit(FormulaCode code) {
      code.read("lagged", index, turnsAgo);
    }

    @Override
    void collect(Usage usage) {
      usage.lagged(index, turnsAgo);
    }
  }

  static final class Resource extends Node {
    private final int index;

    Resource(int index) {
      this.index = index;
    }

    @Override
    double eval(EvalContext ctx) {
      return ctx.resource(index);
    }

    @Override
    void emit(FormulaCode code) {
      code.read("resource", index);
    }

    @Override
    void collect(Usage usage) {
      usage.resource(index);
    }
  }

  static final class SelfResource extends Node {
    private final int index;

    SelfResource(int index) {
      this.index = index;
    }

    @Override
    double eval(EvalContext ctx) {
      return ctx.selfResource(index);
    }

    @Override
    void emit(FormulaCode code) {
      code.read("selfResource", index);
    }

    @Override
    void collect(Usage usage) {
      usage.self();
    }
  }

  static final class Turn extends Node {
    @Override
    double eval(EvalContext ctx) {
      return ctx.turn();
    }

    @Override
    void emit(FormulaCode code) {
      code.turn();
    }

    @Override
    void collect(Usage usage) {
      usage.turn();
    }
  }

  static final class Random extends Node {
    @Override
    double eval(EvalContext ctx) {
      return ctx.nextRandom();
    }

    @Override
    void emit(FormulaCode code) {
      code.read("nextRandom");
    }

    @Override
    void collect(Usage usage) {
      usage.random();
    }
  }

  abstract static sealed class Unary extends Node {
    final Node operand;

    Unary(Node operand) {
      this.operand = operand;
    }

    @Override
    void collect(Usage usage) {
      operand.collect(usage);
    }
  }

  static final class Negate extends Unary {
    Negate(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return -operand.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.negate();
    }
  }

  static final class Not extends Unary {
    Not(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.not(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.operation("not", 1, false);
    }
  }

  static final class Abs extends Unary {
    Abs(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.abs(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("abs", 1);
    }
  }

  static final class Sqrt extends Unary {
    Sqrt(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.sqrt(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("sqrt", 1);
    }
  }

  static final class Exp extends Unary {
    Exp(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.exp(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("exp", 1);
    }
  }

  static final class Log extends Unary {
    Log(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.log(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("log", 1);
    }
  }

  static final class Floor extends Unary {
    Floor(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.floor(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("floor", 1);
    }
  }

  static final class Ceil extends Unary {
    Ceil(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.ceil(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.math("ceil", 1);
    }
  }

  /** Rounds half up: see {@link Operations#round}. */
  static final class Round extends Unary {
    Round(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.round(operand.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.operation("round", 1, false);
    }
  }

  static final class Chance extends Unary {
    Chance(Node operand) {
      super(operand);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.chance(operand.eval(ctx), ctx);
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.operation("chance", 1, true);
    }

    @Override
    void collect(Usage usage) {
      super.collect(usage);
      usage.random();
    }
  }

  abstract static sealed class Binary extends Node {
    final Node left;
    final Node right;

    Binary(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    @Override
    void collect(Usage usage) {
      left.collect(usage);
      right.collect(usage);
    }
  }

  static final class Add extends Binary {
    Add(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return left.eval(ctx) + right.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.binary(FormulaCode.DADD);
    }
  }

  static final class Subtract extends Binary {
    Subtract(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return left.eval(ctx) - right.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.binary(FormulaCode.DSUB);
    }
  }

  static final class Multiply extends Binary {
    Multiply(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return left.eval(ctx) * right.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.binary(FormulaCode.DMUL);
    }
  }

  static final class Divide extends Binary {
    Divide(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return left.eval(ctx) / right.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.binary(FormulaCode.DDIV);
    }
  }

  static final class Power extends Binary {
    Power(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.pow(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.math("pow", 2);
    }
  }

  static final class Less extends Binary {
    Less(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.less(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("less", 2, false);
    }
  }

  static final class LessOrEqual extends Binary {
    LessOrEqual(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.lessOrEqual(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("lessOrEqual", 2, false);
    }
  }

  static final class Greater extends Binary {
    Greater(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.greater(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("greater", 2, false);
    }
  }

  static final class GreaterOrEqual extends Binary {
    GreaterOrEqual(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.greaterOrEqual(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("greaterOrEqual", 2, false);
    }
  }

  static final class Equal extends Binary {
    Equal(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.equal(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("equal", 2, false);
    }
  }

  static final class NotEqual extends Binary {
    NotEqual(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.notEqual(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("notEqual", 2, false);
    }
  }

  static final class And extends Binary {
    And(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return bool(truthy(left.eval(ctx)) && truthy(right.eval(ctx)));
    }

    @Override
    void emit(FormulaCode code) {
      code.conditional(
          () -> left.emit(code),
          () -> {
            right.emit(code);
            code.operation("truth", 1, false);
          },
          () -> code.constant(0.0));
    }
  }

  static final class Or extends Binary {
    Or(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return bool(truthy(left.eval(ctx)) || truthy(right.eval(ctx)));
    }

    @Override
    void emit(FormulaCode code) {
      code.conditional(
          () -> left.emit(code),
          () -> code.constant(1.0),
          () -> {
            right.emit(code);
            code.operation("truth", 1, false);
          });
    }
  }

  static final class Min extends Binary {
    Min(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.min(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.math("min", 2);
    }
  }

  static final class Max extends Binary {
    Max(Node left, Node right) {
      super(left, right);
    }

    @Override
    double eval(EvalContext ctx) {
      return Math.max(left.eval(ctx), right.eval(ctx));
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.math("max", 2);
    }
  }

  static final class Uniform extends Binary {
    Uniform(Node low, Node high) {
      super(low, high);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.uniform(left.eval(ctx), right.eval(ctx), ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("uniform", 2, true);
    }

    @Override
    void collect(Usage usage) {
      super.collect(usage);
      usage.random();
    }
  }

  /** Box–Muller: see {@link Operations#normal}. */
  static final class Normal extends Binary {
    Normal(Node mean, Node sd) {
      super(mean, sd);
    }

    @Override
    double eval(EvalContext ctx) {
      return Operations.normal(left.eval(ctx), right.eval(ctx), ctx);
    }

    @Override
    void emit(FormulaCode code) {
      left.emit(code);
      right.emit(code);
      code.operation("normal", 2, true);
    }

    @Override
    void collect(Usage usage) {
      super.collect(usage);
      usage.random();
    }
  }

  static final class If extends Node {
    private final Node condition;
    private final Node then;
    private final Node otherwise;

    If(Node condition, Node then, Node otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    double eval(EvalContext ctx) {
      return truthy(condition.eval(ctx)) ? then.eval(ctx) : otherwise.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      code.conditional(() -> condition.emit(code), () -> then.emit(code), () -> otherwise.emit(code));
    }

    @Override
    void collect(Usage usage) {
      condition.collect(usage);
      then.collect(usage);
      otherwise.collect(usage);
    }
  }

  // ---- arithmetic with a constant operand ----
  // Formulas are full of "0.25 * (50 - x)": fusing the constant into its operation saves a node
  // call per constant on the engine's hot path. Each gives the same bits as the plain operation.

  /** {@code operand + k}; also {@code operand - c} as {@code operand + (-c)}, which is exact. */
  static final class AddConst extends Node {
    private final Node operand;
    private final double k;

    AddConst(Node operand, double k) {
      this.operand = operand;
      this.k = k;
    }

    @Override
    double eval(EvalContext ctx) {
      return operand.eval(ctx) + k;
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.constant(k);
      code.binary(FormulaCode.DADD);
    }

    @Override
    void collect(Usage usage) {
      operand.collect(usage);
    }
  }

  /** {@code k - operand}. */
  static final class ConstMinus extends Node {
    private final double k;
    private final Node operand;

    ConstMinus(double k, Node operand) {
      this.k = k;
      this.operand = operand;
    }

    @Override
    double eval(EvalContext ctx) {
      return k - operand.eval(ctx);
    }

    @Override
    void emit(FormulaCode code) {
      code.constant(k);
      operand.emit(code);
      code.binary(FormulaCode.DSUB);
    }

    @Override
    void collect(Usage usage) {
      operand.collect(usage);
    }
  }

  /** {@code operand * k}. */
  static final class MultiplyConst extends Node {
    private final Node operand;
    private final double k;

    MultiplyConst(Node operand, double k) {
      this.operand = operand;
      this.k = k;
    }

    @Override
    double eval(EvalContext ctx) {
      return operand.eval(ctx) * k;
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.constant(k);
      code.binary(FormulaCode.DMUL);
    }

    @Override
    void collect(Usage usage) {
      operand.collect(usage);
    }
  }

  /** {@code operand / k}. */
  static final class DivideByConst extends Node {
    private final Node operand;
    private final double k;

    DivideByConst(Node operand, double k) {
      this.operand = operand;
      this.k = k;
    }

    @Override
    double eval(EvalContext ctx) {
      return operand.eval(ctx) / k;
    }

    @Override
    void emit(FormulaCode code) {
      operand.emit(code);
      code.constant(k);
      code.binary(FormulaCode.DDIV);
    }

    @Override
    void collect(Usage usage) {
      operand.collect(usage);
    }
  }
}
