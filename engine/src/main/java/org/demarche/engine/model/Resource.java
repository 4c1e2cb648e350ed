package org.demarche.engine.model;

import org.demarche.expr.CompiledExpression;

/** Something a team spends on actions, such as budget or political capital; never below 0. */
public record Resource(
    String id, String label, String unit, double initial, CompiledExpression income, double max) {}
