package org.demarche.engine.model;

import java.util.List;
import org.demarche.expr.CompiledExpression;

/** A weighted objective of a team, scored 0-100 from its indicators. */
public record Objective(
    String id, String name, double weight, List<Indicator> indicators, String source) {

  public Objective {
    indicators = List.copyOf(indicators);
  }

  /** A measured quantity that scores 0 at {@code baseline} and 100 at {@code target}. */
  public record Indicator(CompiledExpression expr, double baseline, double target, double weight) {

    /** The indicator's score for a measured value: linear, clamped to 0..100. */
    public double score(double value) {
      double progress = (value - baseline) / (target - baseline);
      if (Double.isNaN(progress)) {
        return 0;
      }
      return 100 * Math.max(0, Math.min(1, progress));
    }
  }
}
