package org.demarche.game.api;

import java.util.List;

/** What the game layer sends to a session on its own, without a request. */
public sealed interface Push {
  /** A team's draft changed. */
  record DraftChanged(String teamId, View.Draft draft) implements Push {}

  /** A turn was resolved: what the receiver may know of it. */
  record TurnReport(View.Report report) implements Push {}

  /** A new view at the start of a turn (or after the instructor changed something). */
  record TeamView(View.Team view) implements Push {}

  /** A chat message or a broadcast. */
  record Chat(
      Channel channel,
      String fromParticipantId,
      String fromName,
      String fromTeamId,
      String toTeamId,
      String text,
      int turn)
      implements Push {}

  /** A proposal was made, accepted, declined or expired. */
  record Proposal(
      String proposalId,
      String actionId,
      String fromTeamId,
      String toTeamId,
      ProposalState state,
      int turn)
      implements Push {}

  /** The time limit is near. */
  record TimerWarning(int turn, long millisLeft) implements Push {}

  /** The game changed phase or its timer changed. */
  record GameStatus(
      Phase phase,
      int turn,
      String turnLabel,
      long millisLeft,
      String message,
      List<View.Score> finalScores,
      String outcome)
      implements Push {
    public GameStatus {
      finalScores = List.copyOf(finalScores);
    }
  }

  /** Someone joined, left, reconnected, was assigned or removed. */
  record LobbyChange(Info.Participant participant, String teamId, String change) implements Push {}

  /** The server is shutting down. */
  record ServerClosing(String message) implements Push {}
}
