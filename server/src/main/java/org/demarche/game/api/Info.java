package org.demarche.game.api;

import java.util.List;

/** Descriptions of scenarios, games and lobbies for the instructor. */
public final class Info {
  private Info() {}

  /** A loaded scenario. */
  public record Scenario(
      String id,
      String title,
      String version,
      String description,
      String calendarUnit,
      String startLabel,
      int defaultTurns,
      int maxTurns,
      List<Team> teams,
      List<Event> injects) {
    public Scenario {
      teams = List.copyOf(teams);
      injects = List.copyOf(injects);
    }
  }

  /** A team of a scenario. */
  public record Team(String id, String name, boolean autopilot) {}

  /** An injectable event. */
  public record Event(String id, String title, String text) {}

  /** A game in the instructor's list. */
  public record Game(
      String gameId,
      String scenarioId,
      String title,
      Phase phase,
      int turn,
      int turns,
      int players,
      String joinCode,
      String observerCode) {}

  /** A game's lobby. */
  public record Lobby(
      Game game,
      long seed,
      int turnSeconds,
      EffectDetail effectDetail,
      List<LobbyTeam> teams,
      List<Participant> unassigned,
      List<Participant> observers) {
    public Lobby {
      teams = List.copyOf(teams);
      unassigned = List.copyOf(unassigned);
      observers = List.copyOf(observers);
    }
  }

  /** A team in a lobby. */
  public record LobbyTeam(
      String teamId, String name, SeatKind seat, List<Participant> players, boolean locked) {
    public LobbyTeam {
      players = List.copyOf(players);
    }
  }

  /** A person in a game. */
  public record Participant(String participantId, String displayName, boolean connected) {}
}
