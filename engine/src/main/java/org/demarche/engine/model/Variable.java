package org.demarche.engine.model;

import org.demarche.expr.CompiledExpression;

/**
 * One number describing the country. A derived variable has a {@code formula} and is recomputed
 * after every turn; a stored one keeps its value between turns and is moved by effects and dynamics.
 *
 * @param visibility what each team sees of it, indexed like {@link Scenario#teams()}
 * @param noise relative standard deviation of the noise on estimates
 */
public record Variable(
    String id,
    String label,
    String unit,
    String domain,
    double initial,
    double min,
    double max,
    CompiledExpression formula,
    String description,
    String source,
    Visibility[] visibility,
    double noise) {

  public boolean isDerived() {
    return formula != null;
  }

  public double clamp(double value) {
    return Math.max(min, Math.min(max, value));
  }
}
