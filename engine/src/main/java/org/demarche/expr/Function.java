package org.demarche.expr;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The functions an expression may call, with the signatures quoted in arity errors. */
enum Function {
  MIN("min", 2, true, "a, b, ..."),
  MAX("max", 2, true, "a, b, ..."),
  CLAMP("clamp", 3, false, "x, lo, hi"),
  ABS("abs", 1, false, "x"),
  SQRT("sqrt", 1, false, "x"),
  EXP("exp", 1, false, "x"),
  LOG("log", 1, false, "x"),
  FLOOR("floor", 1, false, "x"),
  CEIL("ceil", 1, false, "x"),
  ROUND("round", 1, false, "x"),
  IF("if", 3, false, "condition, then, else"),
  LAG("lag", 2, false, "x, n"),
  RANDOM("random", 0, false, ""),
  UNIFORM("uniform", 2, false, "a, b"),
  NORMAL("normal", 2, false, "mean, sd"),
  CHANCE("chance", 1, false, "p");

  private final String text;
  private final int arity;
  private final boolean variadic;
  private final String parameters;

  Function(String text, int arity, boolean variadic, String parameters) {
    this.text = text;
    this.arity = arity;
    this.variadic = variadic;
    this.parameters = parameters;
  }

  static Optional<Function> named(String name) {
    return Stream.of(values()).filter(function -> function.text.equals(name)).findFirst();
  }

  static List<String> names() {
    return Stream.of(values()).map(function -> function.text).collect(Collectors.toList());
  }

  String text() {
    return text;
  }

  boolean accepts(int argumentCount) {
    return variadic ? argumentCount >= arity : argumentCount == arity;
  }

  /** For example "clamp takes 3 arguments (x, lo, hi), got 2". */
  String arityMessage(int argumentCount) {
    String takes;
    if (arity == 0) {
      takes = "no arguments";
    } else {
      takes = arity + (variadic ? " or more" : "") + (arity == 1 && !variadic ? " argument" : " arguments")
          + " (" + parameters + ")";
    }
    return text + " takes " + takes + ", got " + argumentCount;
  }

  /** How a call looks, for example "clamp(x, lo, hi)". */
  String usage() {
    return text + "(" + parameters + ")";
  }
}
