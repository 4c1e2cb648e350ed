package org.demarche.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.Contribution;
import org.demarche.engine.TurnReport;
import org.demarche.engine.model.Variable;

/**
 * Finds a review's turning points: for each variable whose causes the audience may know, its
 * largest swing (a run of turns that moved it the same way, measured against its range), and the
 * largest of those; each with its waterfall of drivers from the engine's causal ledger.
 */
final class TurningPoints {
  /** Enough for a debrief to discuss; the trajectories show the rest. */
  static final int MAX = 5;
  /** An instructor's correction between two turns moves a variable outside any turn's ledger. */
  static final String CORRECTION = "correction between turns";

  private final Disclosure disclosure;

  private TurningPoints(Disclosure disclosure) {
    this.disclosure = disclosure;
  }

  static List<TurningPoint> find(Disclosure disclosure) {
    return new TurningPoints(disclosure).largest();
  }

  private List<TurningPoint> largest() {
    List<TurningPoint> swings = new ArrayList<>();
    if (disclosure.turnsPlayed() == 0) {
      return swings;
    }
    for (int v : disclosure.variables()) {
      Variable variable = disclosure.scenario().variables().get(v);
      // Derived variables have no ledger; a team's report leaves out the ledger of estimates.
      if (!variable.isDerived() && !Double.isNaN(disclosure.report(1).before(v))) {
        TurningPoint swing = largestSwing(v);
        if (swing != null) {
          swings.add(swing);
        }
      }
    }
    // A stable sort: equal swings stay in scenario order, so the choice is deterministic.
    swings.sort(Comparator.comparingDouble(this::size).reversed());
    return List.copyOf(swings.subList(0, Math.min(MAX, swings.size())));
  }

  private TurningPoint largestSwing(int variable) {
    TurningPoint largest = null;
    int turn = 1;
    while (turn <= disclosure.turnsPlayed()) {
      double direction = Math.signum(disclosure.report(turn).change(variable));
      int from = turn;
      while (direction != 0 && turn < disclosure.turnsPlayed()
          && Math.signum(disclosure.report(turn + 1).change(variable)) == direction) {
        turn++;
      }
      if (direction != 0) {
        TurningPoint swing = waterfall(disclosure, variable, from, turn);
        if (largest == null || size(swing) > size(largest)) {
          largest = swing;
        }
      }
      turn++;
    }
    return largest;
  }

  /** A swing's size as a share of its variable's range, so that units compare. */
  private double size(TurningPoint swing) {
    Variable variable = disclosure.scenario().variables().get(
        disclosure.scenario().variableIndex(swing.variableId()));
    double range = variable.max() - variable.min();
    double change = Math.abs(swing.change());
    return Double.isFinite(range) && range > 0 ? change / range : change;
  }

  /**
   * The waterfall of a variable from the start of turn {@code from} to the end of {@code to}: what
   * each cause added, summed over the span, as the audience may know the causes.
   */
  static TurningPoint waterfall(Disclosure disclosure, int variable, int from, int to) {
    Map<String, Double> byCause = new LinkedHashMap<>();
    for (int turn = from; turn <= to; turn++) {
      TurnReport report = disclosure.report(turn);
      if (turn > from) {
        double gap = report.before(variable) - disclosure.report(turn - 1).after(variable);
        if (gap != 0) {
          byCause.merge(CORRECTION, gap, Double::sum);
        }
      }
      for (Contribution c : report.ledger(variable)) {
        byCause.merge(report.describe(c.cause()), c.amount(), Double::sum);
      }
    }
    List<TurningPoint.Driver> drivers = new ArrayList<>();
    byCause.forEach((cause, amount) -> {
      if (amount != 0) {
        drivers.add(new TurningPoint.Driver(cause, amount));
      }
    });
    drivers.sort(Comparator.comparingDouble((TurningPoint.Driver d) -> Math.abs(d.amount()))
        .reversed());
    Variable v = disclosure.scenario().variables().get(variable);
    return new TurningPoint(v.id(), v.label(), v.unit() == null ? "" : v.unit(), from, to,
        disclosure.report(from).before(variable), disclosure.report(to).after(variable), drivers);
  }
}
