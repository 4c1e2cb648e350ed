package org.demarche.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.proto.v1.EventInfo;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.GameInfo;
import org.demarche.proto.v1.GameList;
import org.demarche.proto.v1.Lobby;
import org.demarche.proto.v1.LobbyTeam;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.ScenarioList;
import org.demarche.proto.v1.TeamInfo;

/**
 * Renders the instructor's answers: scenarios, games, a lobby, a created game and injects.
 *
 * <p>Stateless; any thread.
 */
public final class WhiteCellText {
  private WhiteCellText() {}

  /** The loaded scenarios with their teams and default length. */
  public static String scenarios(ScenarioList list, Style style) {
    if (list.getScenariosCount() == 0) {
      return "The server has loaded no scenario.\n";
    }
    Table table = new Table()
        .column("Scenario", Table.Align.LEFT)
        .column("Title", Table.Align.LEFT)
        .column("Turns", Table.Align.RIGHT)
        .column("Teams", Table.Align.LEFT);
    for (ScenarioInfo scenario : list.getScenariosList()) {
      List<String> teams = new ArrayList<>();
      for (TeamInfo team : scenario.getTeamsList()) {
        teams.add(team.getId() + (team.getAutopilot() ? "*" : ""));
      }
      table.row(scenario.getId(), scenario.getTitle(), String.valueOf(scenario.getDefaultTurns()),
          String.join(", ", teams));
    }
    return table.render(style) + style.dim("* on autopilot unless seated") + "\n";
  }

  /** The server's games. */
  public static String games(GameList list, Style style) {
    if (list.getGamesCount() == 0) {
      return "No game yet: create one with 'create'.\n";
    }
    Table table = new Table()
        .column("Game", Table.Align.LEFT)
        .column("Scenario", Table.Align.LEFT)
        .column("Phase", Table.Align.LEFT)
        .column("Turn", Table.Align.RIGHT)
        .column("Players", Table.Align.RIGHT)
        .column("Join code", Table.Align.LEFT)
        .column("Observer code", Table.Align.LEFT);
    for (GameInfo game : list.getGamesList()) {
      table.row(game.getGameId(), game.getScenarioId(), GameText.phaseName(game.getPhase()),
          game.getTurn() + "/" + game.getTurns(), String.valueOf(game.getPlayers()),
          game.getJoinCode(), game.getObserverCode());
    }
    return table.render(style);
  }

  /** A game's set-up and who sits where. */
  public static String lobby(Lobby lobby, Style style) {
    GameInfo game = lobby.getGame();
    StringBuilder out = new StringBuilder();
    out.append(style.bold(game.getTitle().isEmpty() ? game.getGameId() : game.getTitle()))
        .append(" (").append(game.getGameId()).append("), ")
        .append(GameText.phaseName(game.getPhase())).append(", turn ").append(game.getTurn())
        .append(" of ").append(game.getTurns()).append('\n');
    out.append("Join code ").append(game.getJoinCode()).append(", observer code ")
        .append(game.getObserverCode()).append(", seed ").append(lobby.getSeed())
        .append(", ").append(lobby.getTurnSeconds() == 0
            ? "no time limit" : lobby.getTurnSeconds() + " s a turn")
        .append(", effects ").append(lobby.getEffectDetail().name().toLowerCase(Locale.ROOT))
        .append('\n');
    for (LobbyTeam team : lobby.getTeamsList()) {
      out.append(String.format("  %-12s %-10s %s%s%n", team.getTeamId(),
          team.getSeat().name().toLowerCase(Locale.ROOT), GameText.people(team.getPlayersList()),
          team.getLocked() ? "  [locked]" : ""));
    }
    out.append("  unassigned: ").append(GameText.people(lobby.getUnassignedList())).append('\n');
    out.append("  observers: ").append(GameText.people(lobby.getObserversList())).append('\n');
    return out.toString();
  }

  /**
   * A new game's codes, the way the instructor reads them out to the class; {@code reachFlags}
   * (such as {@code --server HOST:PORT --tls}) follow each command.
   */
  public static String created(GameCreated created, Style style, String reachFlags) {
    return "Created game " + style.bold(created.getGameId()) + "\n"
        + "  players join with:   demarche join " + created.getJoinCode() + " --name NAME"
        + reachFlags + "\n"
        + "  observers join with: demarche observe " + created.getObserverCode() + reachFlags
        + "\n"
        + (created.getInstructorCode().isEmpty() ? ""
            : "  co-instructors:      demarche instructor --key " + created.getInstructorCode()
                + reachFlags + "\n");
  }

  /** A scenario's injects. */
  public static String injects(ScenarioInfo scenario, Style style) {
    if (scenario.getInjectsCount() == 0) {
      return "Scenario " + scenario.getId() + " has no inject.\n";
    }
    StringBuilder out = new StringBuilder();
    for (EventInfo event : scenario.getInjectsList()) {
      out.append(String.format("  %s  %s: %s%n", style.cyan(event.getId()), event.getTitle(),
          event.getText()));
    }
    return out.toString();
  }
}
