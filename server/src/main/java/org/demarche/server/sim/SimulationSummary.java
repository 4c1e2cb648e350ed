package org.demarche.server.sim;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;

/**
 * Prints what many simulated games add up to: each team's score distribution, each variable's
 * final distribution, the most frequent events and how the games ended. The text depends only
 * on the records, so the same seed prints the same summary.
 */
public final class SimulationSummary {
  private static final int EVENTS_SHOWN = 10;

  private SimulationSummary() {}

  public static void print(Scenario scenario, List<RunRecord> runs, int turns, long seed,
      String policy, PrintWriter out) {
    var meta = scenario.metadata();
    out.printf(Locale.ROOT, "%s (%s %s)%n", meta.title(), meta.id(), meta.version());
    out.printf(Locale.ROOT, "%d runs of %d turns (%s to %s), seed %d, policy %s%n%n", runs.size(),
        turns, scenario.calendar().label(1), scenario.calendar().label(turns), seed, policy);

    int nameWidth = 12;
    for (var t : scenario.teams()) {
      nameWidth = Math.max(nameWidth, t.name().length());
    }
    for (Variable v : scenario.variables()) {
      nameWidth = Math.max(nameWidth, v.label().length());
    }
    nameWidth = Math.min(nameWidth, 48);
    String row = "  %-" + nameWidth + "s %9s %9s %9s %9s  %s%n";

    out.printf(Locale.ROOT, row, "Score at the end (0-100)", "mean", "p10", "p50", "p90", "");
    for (int t = 0; t < scenario.teams().size(); t++) {
      int team = t;
      printRow(out, row, scenario.teams().get(t).name(),
          Distribution.of(sample(runs, r -> r.finalScores()[team])), "");
    }
    out.println();
    out.printf(Locale.ROOT, row, "Variable at the end", "mean", "p10", "p50", "p90", "unit");
    for (int v = 0; v < scenario.variables().size(); v++) {
      int variable = v;
      Variable var = scenario.variables().get(v);
      printRow(out, row, var.label(),
          Distribution.of(sample(runs, r -> r.finalValues()[variable])), var.unit());
    }
    out.println();
    printEvents(scenario, runs, out, nameWidth);
    out.println();
    printEndings(scenario, runs, out, nameWidth);
    out.flush();
  }

  private static void printEvents(Scenario scenario, List<RunRecord> runs, PrintWriter out,
      int width) {
    int events = scenario.events().size();
    int[] runsWith = new int[events];
    int[] firings = new int[events];
    for (RunRecord r : runs) {
      for (int e = 0; e < events; e++) {
        firings[e] += r.eventFirings()[e];
        runsWith[e] += r.eventFirings()[e] > 0 ? 1 : 0;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      if (runsWith[e] > 0) {
        order.add(e);
      }
    }
    // Stable sort: equally frequent events keep the scenario's order.
    order.sort((a, b) -> Integer.compare(runsWith[b], runsWith[a]));
    String row = "  %-" + width + "s %9s %9s %9s%n";
    out.printf(Locale.ROOT, row, "Most frequent events", "runs", "share", "firings");
    if (order.isEmpty()) {
      out.println("  (no event fired)");
    }
    for (int e : order.subList(0, Math.min(EVENTS_SHOWN, order.size()))) {
      out.printf(Locale.ROOT, row, clip(scenario.events().get(e).title(), width), runsWith[e],
          percent(runsWith[e], runs.size()), firings[e]);
    }
  }

  private static void printEndings(Scenario scenario, List<RunRecord> runs, PrintWriter out,
      int width) {
    var conditions = scenario.end().conditions();
    int[] counts = new int[conditions.size() + 1];
    for (RunRecord r : runs) {
      counts[r.endCondition() + 1]++;
    }
    String row = "  %-" + width + "s %9s %9s%n";
    out.printf(Locale.ROOT, row, "How the games ended", "runs", "share");
    out.printf(Locale.ROOT, row, "reached the last turn", counts[0], percent(counts[0], runs.size()));
    for (int c = 0; c < conditions.size(); c++) {
      out.printf(Locale.ROOT, row, clip("ended early: " + conditions.get(c).id(), width),
          counts[c + 1], percent(counts[c + 1], runs.size()));
    }
  }

  private static void printRow(PrintWriter out, String row, String name, Distribution d,
      String unit) {
    out.printf(Locale.ROOT, row, clip(name, 48), number(d.mean()), number(d.p10()),
        number(d.p50()), number(d.p90()), unit == null ? "" : unit);
  }

  private static double[] sample(List<RunRecord> runs,
      java.util.function.ToDoubleFunction<RunRecord> value) {
    double[] sample = new double[runs.size()];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = value.applyAsDouble(runs.get(i));
    }
    return sample;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 1e6 ? "%.3g" : "%.2f", v);
  }

  private static String percent(int part, int whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
