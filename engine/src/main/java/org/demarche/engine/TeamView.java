package org.demarche.engine;

import java.util.List;

/**
 * What one team may see of the game after a turn: visible variables (estimates marked and
 * noised), its own resources and scores, and the dilemmas it must answer. Never anything hidden.
 */
public record TeamView(
    int team,
    int turn,
    String label,
    List<VariableView> variables,
    List<ResourceView> resources,
    double score,
    List<Double> objectiveScores,
    List<PendingDilemma> dilemmas,
    boolean ended,
    String outcome) {

  public TeamView {
    variables = List.copyOf(variables);
    resources = List.copyOf(resources);
    objectiveScores = List.copyOf(objectiveScores);
    dilemmas = List.copyOf(dilemmas);
  }

  /** A visible variable; {@code estimate} when the value carries noise. */
  public record VariableView(int variable, double value, boolean estimate) {}

  /** One of the team's resources, by flat index. */
  public record ResourceView(int resource, double value) {}

  /** The view of a variable, or null when the team cannot see it. */
  public VariableView variable(int index) {
    for (VariableView v : variables) {
      if (v.variable() == index) {
        return v;
      }
    }
    return null;
  }
}
