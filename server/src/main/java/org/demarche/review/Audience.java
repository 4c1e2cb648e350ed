package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;

/**
 * Who a review is for: everyone (the instructor, observers, the debrief on the big screen) or one
 * team, whose review holds only what that team was entitled to see during the game.
 */
public final class Audience {
  private static final Audience EVERYONE = new Audience("");

  private final String teamId;

  private Audience(String teamId) {
    this.teamId = teamId;
  }

  /** The instructor's and observers' audience: the whole record. */
  public static Audience everyone() {
    return EVERYONE;
  }

  /** One team's audience, by the scenario's team id; checked when the review is built. */
  public static Audience team(String teamId) {
    if (teamId == null || teamId.isEmpty()) {
      throw new IllegalArgumentException("say which team the review is for");
    }
    return new Audience(teamId);
  }

  public boolean isEveryone() {
    return teamId.isEmpty();
  }

  /** The team's id; empty for everyone. */
  public String teamId() {
    return teamId;
  }

  /**
   * The team's index in the scenario, -1 for everyone.
   *
   * @throws IllegalArgumentException naming the scenario's teams when the team is not one of them
   */
  int teamIndex(Scenario scenario) {
    if (isEveryone()) {
      return -1;
    }
    int index = scenario.teamIndex(teamId);
    if (index < 0) {
      List<String> known = new ArrayList<>();
      for (Team team : scenario.teams()) {
        known.add(team.id());
      }
      throw new IllegalArgumentException("no team '" + teamId + "' in this scenario; its teams are "
          + String.join(", ", known));
    }
    return index;
  }

  @Override
  public String toString() {
    return isEveryone() ? "everyone" : "team " + teamId;
  }
}
