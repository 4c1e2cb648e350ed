package org.demarche.engine.model;

import org.demarche.expr.CompiledExpression;

/** A named force that adds {@code delta} to a variable every turn where {@code when} holds. */
public record Dynamic(
    String id,
    int variable,
    CompiledExpression delta,
    CompiledExpression when,
    String label,
    String source) {}
