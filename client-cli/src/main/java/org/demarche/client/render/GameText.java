package org.demarche.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.proto.v1.DilemmaOption;
import org.demarche.proto.v1.Draft;
import org.demarche.proto.v1.Participant;
import org.demarche.proto.v1.PendingDilemma;
import org.demarche.proto.v1.Phase;
import org.demarche.proto.v1.ResourceValue;
import org.demarche.proto.v1.TeamView;

/**
 * Renders a player's short answers from a team view: {@code status}, {@code briefing},
 * {@code orders} and {@code dilemmas}.
 *
 * <p>Stateless; any thread.
 */
public final class GameText {
  private GameText() {}

  /** Turn, time, phase, orders, resources, score and teammates. */
  public static String status(TeamView view, long millisLeft, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Team " + view.getTeamId() + " (" + view.getTeamName() + ")"))
        .append(", ").append(turnLine(view.getPhase(), view.getTurn(), view.getTurns(),
            view.getTurnLabel(), millisLeft))
        .append('\n');
    out.append("Orders: ").append(orders(view.getDraft())).append('\n');
    List<String> resources = new ArrayList<>();
    for (ResourceValue resource : view.getResourcesList()) {
      resources.add(resource.getLabel() + " " + Numbers.value(resource.getValue())
          + (resource.getUnit().isEmpty() ? "" : " " + resource.getUnit()));
    }
    if (!resources.isEmpty()) {
      out.append("Resources: ").append(String.join(", ", resources)).append('\n');
    }
    out.append("Score: ").append(Numbers.value(view.getScore())).append(" / 100\n");
    if (view.getTeammatesCount() > 0) {
      out.append("Team: ").append(people(view.getTeammatesList())).append('\n');
    }
    if (!view.getOutcome().isEmpty()) {
      out.append("Outcome: ").append(view.getOutcome()).append('\n');
    }
    return out.toString();
  }

  /** "turn 3 of 8, 2024-Q3, running, 04:12 left": the phase and clock in one phrase. */
  public static String turnLine(Phase phase, int turn, int turns, String label, long millisLeft) {
    StringBuilder out = new StringBuilder();
    out.append("turn ").append(turn);
    if (turns > 0) {
      out.append(" of ").append(turns);
    }
    if (!label.isEmpty()) {
      out.append(", ").append(label);
    }
    out.append(", ").append(phaseName(phase));
    if (phase == Phase.RUNNING) {
      out.append(", ").append(TimeFormat.timeLeft(millisLeft));
    }
    return out.toString();
  }

  /** A phase in lower case words: "in the lobby", "running", "paused", "ended". */
  public static String phaseName(Phase phase) {
    if (phase == Phase.LOBBY) {
      return "in the lobby";
    }
    return phase == Phase.PHASE_UNSPECIFIED ? "unknown phase" : phase.name().toLowerCase(Locale.ROOT);
  }

  /** The team's briefing under the game's title. */
  public static String briefing(String title, TeamView view, Style style) {
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(style.bold(title)).append('\n');
    }
    out.append(style.bold("Team " + view.getTeamName())).append('\n');
    out.append(view.getBriefing().isEmpty() ? "No briefing for this team." : view.getBriefing());
    return out.append('\n').toString();
  }

  /** A draft in one line: its actions in priority order, its answers and whether it is locked. */
  public static String orders(Draft draft) {
    StringBuilder out = new StringBuilder();
    out.append(draft.getActionIdsCount() == 0
        ? "none"
        : String.join(", ", draft.getActionIdsList()));
    draft.getChoicesMap().forEach((event, option) ->
        out.append("; ").append(event).append(" -> ").append(option));
    out.append(draft.getLocked() ? " (locked in)" : " (open)");
    if (!draft.getLastEditedBy().isEmpty()) {
      out.append(", last edited by ").append(draft.getLastEditedBy());
    }
    return out.toString();
  }

  /** The pending dilemmas with their options, the default and the team's answer so far. */
  public static String dilemmas(TeamView view, Style style) {
    if (view.getDilemmasCount() == 0) {
      return "No dilemma to answer this turn.\n";
    }
    StringBuilder out = new StringBuilder();
    for (PendingDilemma dilemma : view.getDilemmasList()) {
      String chosen = view.getDraft().getChoicesOrDefault(dilemma.getEventId(), "");
      out.append(style.bold(dilemma.getTitle())).append("  (").append(dilemma.getEventId())
          .append(")\n");
      out.append("  ").append(dilemma.getPrompt()).append('\n');
      for (DilemmaOption option : dilemma.getOptionsList()) {
        List<String> marks = new ArrayList<>();
        if (option.getId().equals(dilemma.getDefaultOptionId())) {
          marks.add("default");
        }
        if (option.getId().equals(chosen)) {
          marks.add("chosen");
        }
        out.append(String.format("    %s  %s%s%n", style.cyan(option.getId()), option.getLabel(),
            marks.isEmpty() ? "" : " [" + String.join(", ", marks) + "]"));
      }
      out.append("  answer with: choose ").append(dilemma.getEventId()).append(" OPTION\n");
    }
    return out.toString();
  }

  /** People as "Ana (away), Ben": absent ones marked. */
  public static String people(List<Participant> participants) {
    List<String> names = new ArrayList<>();
    for (Participant participant : participants) {
      names.add(participant.getDisplayName() + (participant.getConnected() ? "" : " (away)"));
    }
    return names.isEmpty() ? "nobody" : String.join(", ", names);
  }
}
