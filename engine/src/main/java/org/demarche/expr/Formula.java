package org.demarche.expr;

/**
 * Something that evaluates one expression: its tree of {@link Node}s, or a class generated from
 * that tree by {@link FormulaClass}. Not an interface, so that the engine's one call site for
 * every formula stays a virtual call rather than an interface dispatch.
 */
abstract class Formula {

  /** Evaluates the expression against {@code ctx}, drawing from it in source order. */
  abstract double eval(EvalContext ctx);
}
