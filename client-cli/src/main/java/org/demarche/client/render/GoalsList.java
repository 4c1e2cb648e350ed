package org.demarche.client.render;

import java.util.ArrayList;
import java.util.List;
import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.ObjectiveScore;
import org.demarche.proto.v1.TeamView;

/**
 * Renders the {@code goals} command: the team's score, each objective with its weight and score,
 * and the actions tagged as serving it (what moves it).
 *
 * <p>Stateless; any thread.
 */
public final class GoalsList {
  private GoalsList() {}

  /** The goals of a view. */
  public static String render(TeamView view, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Score " + Numbers.value(view.getScore()) + " / 100")).append('\n');
    if (view.getObjectivesCount() == 0) {
      return out.append("Your team has no objective.\n").toString();
    }
    for (ObjectiveScore objective : view.getObjectivesList()) {
      out.append(String.format("%n%s  score %s, weight %s%n",
          style.bold(objective.getName()),
          Numbers.value(objective.getScore()),
          Numbers.value(objective.getWeight())));
      List<String> movers = movers(view, objective.getId());
      out.append(movers.isEmpty()
          ? "  moved by: events and other teams' actions\n"
          : "  moved by: " + String.join(", ", movers) + "\n");
    }
    return out.toString();
  }

  /** Actions whose tags name the objective, as "team.objective" or the bare objective id. */
  private static List<String> movers(TeamView view, String objectiveId) {
    List<String> movers = new ArrayList<>();
    for (ActionOption action : view.getActionsList()) {
      for (String tag : action.getTagsList()) {
        if (tag.equals(objectiveId) || tag.endsWith("." + objectiveId)) {
          movers.add(action.getId());
          break;
        }
      }
    }
    return movers;
  }
}
