package org.demarche.game.api;

import java.util.List;

/** The answer to one request: success with data, {@link Ack}, or {@link Rejected}. */
public sealed interface Result {
  /** Success with nothing more to say. */
  record Ack() implements Result {}

  /** Failure: a kind and a sentence saying what went wrong and how to fix it. */
  record Rejected(ErrorKind kind, String message) implements Result {}

  /**
   * The instructor is authenticated: for every game ({@code gameId} empty), or, with a game's
   * instructor code, for that game only.
   */
  record InstructorSession(int games, String gameId) implements Result {}

  /** Who the session now is in a game; keep the token secret. */
  record GameSession(
      String gameId,
      String title,
      Role role,
      String participantId,
      String teamId,
      String resumeToken,
      Phase phase)
      implements Result {}

  /** The loaded scenarios. */
  record ScenarioList(List<Info.Scenario> scenarios) implements Result {
    public ScenarioList {
      scenarios = List.copyOf(scenarios);
    }
  }

  /** A new game and its codes: for players, observers and co-instructors. */
  record GameCreated(String gameId, String joinCode, String observerCode, String instructorCode)
      implements Result {}

  /** The server's games. */
  record GameList(List<Info.Game> games) implements Result {
    public GameList {
      games = List.copyOf(games);
    }
  }

  /** Who is in a game and how it is set up. */
  record Lobby(Info.Lobby lobby) implements Result {}

  /** What a team may see and do now. */
  record TeamView(View.Team view) implements Result {}

  /** Past turn reports, oldest first, as the session may see them. */
  /** A rendered document: an after-action review. */
  record Document(String format, String fileName, String content) implements Result {}

  record History(List<View.Report> reports) implements Result {
    public History {
      reports = List.copyOf(reports);
    }
  }

  Result ACK = new Ack();

  static Rejected rejected(ErrorKind kind, String message) {
    return new Rejected(kind, message);
  }
}
