/**
 * The scenario expression language: {@link org.demarche.expr.ExpressionCompiler} turns formula text
 * into a {@link org.demarche.expr.CompiledExpression} once at load time, which the engine then
 * evaluates on doubles without allocating.
 */
package org.demarche.expr;
