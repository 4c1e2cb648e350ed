package org.demarche.client.render;

import java.util.ArrayList;
import java.util.List;
import org.demarche.proto.v1.TeamView;
import org.demarche.proto.v1.VariableValue;

/**
 * Renders the {@code state} command: each visible variable with its value, unit, change since the
 * last turn, a sparkline of its history and a mark on estimates.
 *
 * <p>Stateless; any thread.
 */
public final class StateTable {
  /** The mark before an estimated value; explained under the table. */
  public static final String ESTIMATE_MARK = "~";

  private static final int HISTORY_WIDTH = 12;

  private StateTable() {}

  /** The table for a view, or a sentence when the team sees no variable. */
  public static String render(TeamView view, Style style) {
    if (view.getVariablesCount() == 0) {
      return "Your team sees no variable yet.\n";
    }
    Table table = new Table()
        .column("Variable", Table.Align.LEFT)
        .column("Value", Table.Align.RIGHT)
        .column("Unit", Table.Align.LEFT)
        .column("Change", Table.Align.RIGHT)
        .column("History", Table.Align.LEFT);
    boolean anyEstimate = false;
    for (VariableValue variable : view.getVariablesList()) {
      List<Double> series = series(variable);
      String change = series.size() < 2
          ? ""
          : Numbers.change(series.get(series.size() - 1) - series.get(series.size() - 2));
      String value = Numbers.value(variable.getValue());
      if (variable.getEstimate()) {
        anyEstimate = true;
        value = style.yellow(ESTIMATE_MARK + value);
      }
      table.row(
          variable.getLabel(),
          value,
          variable.getUnit(),
          colourChange(change, style),
          Sparkline.of(series, HISTORY_WIDTH));
    }
    String text = table.render(style);
    return anyEstimate
        ? text + style.dim(ESTIMATE_MARK + " an estimate: your team sees this value with noise") + "\n"
        : text;
  }

  /**
   * The variable's history ending with its current value; the server may or may not include the
   * current value in the history, so it is appended only when missing.
   */
  static List<Double> series(VariableValue variable) {
    List<Double> series = new ArrayList<>(variable.getHistoryList());
    if (series.isEmpty() || series.get(series.size() - 1) != variable.getValue()) {
      series.add(variable.getValue());
    }
    return series;
  }

  private static String colourChange(String change, Style style) {
    if (change.startsWith("+")) {
      return style.green(change);
    }
    return change.startsWith("-") ? style.red(change) : change;
  }
}
