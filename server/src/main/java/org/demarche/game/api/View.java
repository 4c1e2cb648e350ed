package org.demarche.game.api;

import java.util.List;
import java.util.Map;

/** What a team sees of a game: its view, its draft, and turn reports, already redacted. */
public final class View {
  private View() {}

  /** A team's view of the open turn. */
  public record Team(
      String teamId,
      String teamName,
      Phase phase,
      int turn,
      String turnLabel,
      int turns,
      long millisLeft,
      List<Variable> variables,
      List<Resource> resources,
      double score,
      List<Objective> objectives,
      List<Action> actions,
      List<Dilemma> dilemmas,
      Draft draft,
      List<Info.Participant> teammates,
      String briefing,
      String outcome) {
    public Team {
      variables = List.copyOf(variables);
      resources = List.copyOf(resources);
      objectives = List.copyOf(objectives);
      actions = List.copyOf(actions);
      dilemmas = List.copyOf(dilemmas);
      teammates = List.copyOf(teammates);
    }
  }

  /** A visible variable, with the values the team saw after each turn, turn 0 first. */
  public record Variable(
      String id,
      String label,
      String unit,
      String domain,
      double value,
      boolean estimate,
      List<Double> history) {
    public Variable {
      history = List.copyOf(history);
    }
  }

  /** One of the team's resources. */
  public record Resource(String id, String label, String unit, double value) {}

  /** An objective's score. */
  public record Objective(String id, String name, double weight, double score) {}

  /** An action open to the team, with why it is not available if it is not. */
  public record Action(
      String id,
      String name,
      String description,
      boolean available,
      String reason,
      String cost,
      String effects,
      String partnerTeamId,
      List<String> tags) {
    public Action {
      tags = List.copyOf(tags);
    }
  }

  /** A dilemma the team must answer. */
  public record Dilemma(
      String eventId, String title, String prompt, List<Option> options, String defaultOptionId) {
    public Dilemma {
      options = List.copyOf(options);
    }
  }

  /** An answer to a dilemma. */
  public record Option(String id, String label) {}

  /** A team's shared orders for the open turn. */
  public record Draft(
      List<String> actionIds, Map<String, String> choices, boolean locked, String lastEditedBy) {
    public Draft {
      actionIds = List.copyOf(actionIds);
      choices = Map.copyOf(choices);
    }
  }

  /** A turn report as its receiver may know it. */
  public record Report(
      int turn,
      String turnLabel,
      List<String> sentences,
      List<ActionResult> actions,
      List<EventReport> events,
      List<VariableChange> changes,
      List<Score> scores,
      String outcome) {
    public Report {
      sentences = List.copyOf(sentences);
      actions = List.copyOf(actions);
      events = List.copyOf(events);
      changes = List.copyOf(changes);
      scores = List.copyOf(scores);
    }
  }

  /** What became of one order. */
  public record ActionResult(String teamId, String actionId, String status, String reason) {}

  /** An event the receiver witnessed. */
  public record EventReport(String eventId, String title, String text, boolean injected) {}

  /** A variable's change split into its causes. */
  public record VariableChange(
      String variableId,
      double before,
      double after,
      List<Contribution> contributions,
      String explanation) {
    public VariableChange {
      contributions = List.copyOf(contributions);
    }
  }

  /** One cause of a change. */
  public record Contribution(String cause, double amount, boolean delayed) {}

  /** A team's score. */
  public record Score(String teamId, double score) {}
}
