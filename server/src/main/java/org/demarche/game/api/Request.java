package org.demarche.game.api;

import java.util.List;

/**
 * Every request a client can make, as validated domain records. The net layer maps protobuf
 * messages to these; the game layer never sees protobuf.
 */
public sealed interface Request {
  /**
   * A request that changes its game when it is accepted: the game's journal keeps it, and a
   * restarted server replays it. Requests that only read are not journaled.
   */
  interface ChangesGame {}

  /** An instructor request about one game, which it names; the game layer routes by it. */
  interface InGame {
    String gameId();
  }

  // --- identity ---
  /** Authenticates as the instructor. */
  record InstructorLogin(String key) implements Request {}

  /** Joins a game as a player; {@code teamId} may be empty. */
  record JoinGame(String code, String displayName, String teamId) implements Request, ChangesGame {}

  /** Joins a game as an observer. */
  record ObserveGame(String observerCode, String displayName) implements Request, ChangesGame {}

  /** Takes back an identity after a reconnect. */
  record ResumeSession(String resumeToken) implements Request {}

  // --- instructor ---
  /** Lists the loaded scenarios. */
  record ListScenarios() implements Request {}

  /** Creates a game; zero or empty values mean the defaults documented in the protocol. */
  record CreateGame(
      String scenarioId,
      List<String> humanTeamIds,
      List<String> idleTeamIds,
      long seed,
      int turns,
      int turnSeconds,
      EffectDetail effectDetail)
      implements Request {
    public CreateGame {
      humanTeamIds = List.copyOf(humanTeamIds);
      idleTeamIds = List.copyOf(idleTeamIds);
    }
  }

  /** Lists the games. */
  record ListGames() implements Request {}

  /** Shows a game's lobby. */
  record GetLobby(String gameId) implements Request, InGame {}

  /** Puts a player on a team. */
  record AssignPlayer(String gameId, String participantId, String teamId)
      implements Request, ChangesGame, InGame {}

  /** Removes a participant from a game. */
  record RemovePlayer(String gameId, String participantId)
      implements Request, ChangesGame, InGame {}

  /** Starts, pauses, resumes, advances or ends a game. */
  record ControlGame(String gameId, ControlOp op) implements Request, ChangesGame, InGame {}

  /** Adds time to the current turn. */
  record ExtendTimer(String gameId, int seconds) implements Request, ChangesGame, InGame {}

  /** Fires a scenario event when the turn resolves. */
  record InjectEvent(String gameId, String eventId) implements Request, ChangesGame, InGame {}

  /** Fires an event written on the spot when the turn resolves. */
  record InjectAdhoc(
      String gameId, String title, String text, List<AdhocEffect> effects, List<String> visibleTo)
      implements Request, ChangesGame, InGame {
    public InjectAdhoc {
      effects = List.copyOf(effects);
      visibleTo = List.copyOf(visibleTo);
    }
  }

  /** One change of an ad-hoc event. */
  record AdhocEffect(String variableId, double amount) {}

  /** Sets a variable now, with a reason for the record. */
  record SetVariable(String gameId, String variableId, double value, String reason)
      implements Request, ChangesGame, InGame {}

  /** Sends a message to everyone in a game. */
  record Broadcast(String gameId, String text) implements Request, ChangesGame, InGame {}

  /** Shows a team's view and draft to the instructor. */
  record ViewTeam(String gameId, String teamId) implements Request, InGame {}

  /** Starts a what-if game from a game as it stood at the start of {@code turn}. */
  record ForkGame(String gameId, int turn) implements Request, InGame {}

  /** Moves an ended game out of the list into the archive, where its report stays readable. */
  record ArchiveGame(String gameId) implements Request, InGame {}

  /** Deletes a game and its journal for good. */
  record DeleteGame(String gameId) implements Request, InGame {}

  /** A game's after-action review for the instructor, in {@code format} (html, md, csv, json). */
  record GameReport(String gameId, String format) implements Request, InGame {}

  // --- player and observer (their own game) ---
  /** The session's view; an observer may name a team. */
  record GetView(String teamId) implements Request {}

  /** Changes the team's draft. */
  record EditDraft(DraftEdit edit) implements Request, ChangesGame {}

  /** Locks in the team's orders for the turn. */
  record LockIn() implements Request, ChangesGame {}

  /** Reopens the team's draft. */
  record Unlock() implements Request, ChangesGame {}

  /** Sends a chat message; {@code toTeamId} only for {@link Channel#TEAM_PAIR}. */
  record SendChat(Channel channel, String toTeamId, String text) implements Request, ChangesGame {}

  /** Proposes a joint action to another team. */
  record Propose(String actionId, String toTeamId) implements Request, ChangesGame {}

  /** Answers a proposal made to the session's team. */
  record AnswerProposal(String proposalId, boolean accept) implements Request, ChangesGame {}

  /** Past turn reports as the session may see them. */
  record GetHistory() implements Request {}

  /** The after-action review of the session's game, as the session may see it. */
  record GetReport(String format) implements Request {}

  /** One change to a draft. */
  sealed interface DraftEdit {
    /** Appends an action. */
    record Add(String actionId) implements DraftEdit {}

    /** Removes an action. */
    record Remove(String actionId) implements DraftEdit {}

    /** Answers a dilemma. */
    record Choose(String eventId, String optionId) implements DraftEdit {}

    /** Empties the draft. */
    record Clear() implements DraftEdit {}
  }
}
