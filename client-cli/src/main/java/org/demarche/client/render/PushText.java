package org.demarche.client.render;

import java.util.Locale;
import org.demarche.proto.v1.ChatMessage;
import org.demarche.proto.v1.GameStatus;
import org.demarche.proto.v1.LobbyChange;
import org.demarche.proto.v1.ProposalState;
import org.demarche.proto.v1.ProposalUpdate;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.TeamScore;
import org.demarche.proto.v1.TeamView;

/**
 * Renders what the server pushes on its own (chat, drafts, reports, timers, phases, lobby) as the
 * lines printed above the prompt.
 *
 * <p>Stateless; any thread.
 */
public final class PushText {
  private PushText() {}

  /** The text for a push, without a final newline; empty for a push worth no line. */
  public static String render(ServerMessage push, Style style) {
    switch (push.getBodyCase()) {
      case CHAT:
        return chat(push.getChat(), style);
      case DRAFT_CHANGED:
        return style.dim("draft of " + push.getDraftChanged().getTeamId() + ": "
            + GameText.orders(push.getDraftChanged().getDraft()));
      case TURN_REPORT:
        return ReportText.full(push.getTurnReport(), style).stripTrailing();
      case TEAM_VIEW:
        return turnOpen(push.getTeamView(), style);
      case TIMER_WARNING:
        return style.yellow(TimeFormat.clock(push.getTimerWarning().getMillisLeft())
            + " left in turn " + push.getTimerWarning().getTurn());
      case GAME_STATUS:
        return status(push.getGameStatus(), style);
      case LOBBY_CHANGE:
        return lobbyChange(push.getLobbyChange());
      case PROPOSAL:
        return proposal(push.getProposal(), style);
      case SERVER_CLOSING:
        return style.yellow("The server is closing: " + push.getServerClosing().getMessage());
      case ERROR:
        return style.red(push.getError().getMessage());
      default:
        // A push this client does not know: the protocol says to ignore it.
        return "";
    }
  }

  private static String chat(ChatMessage chat, Style style) {
    String from = chat.getFromName()
        + (chat.getFromTeamId().isEmpty() ? "" : " (" + chat.getFromTeamId() + ")");
    String channel;
    switch (chat.getChannel()) {
      case TEAM:
        channel = "team";
        from = chat.getFromName();
        break;
      case TEAM_PAIR:
        channel = chat.getFromTeamId() + " -> " + chat.getToTeamId();
        from = chat.getFromName();
        break;
      case PUBLIC:
        channel = "public";
        break;
      case BROADCAST:
        channel = "instructor";
        break;
      default:
        channel = "chat";
        break;
    }
    return style.cyan("[" + channel + "] ") + style.bold(from) + ": " + chat.getText();
  }

  private static String turnOpen(TeamView view, Style style) {
    return style.bold("Turn " + view.getTurn()
        + (view.getTurnLabel().isEmpty() ? "" : " (" + view.getTurnLabel() + ")")
        + " is open") + ", " + TimeFormat.timeLeft(view.getMillisLeft())
        + ". Try 'state', 'actions', 'add ACTION', 'lock'.";
  }

  private static String status(GameStatus status, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold(status.getMessage().isEmpty()
        ? "The game is " + GameText.phaseName(status.getPhase()) + "."
        : status.getMessage()));
    if (status.getTurn() > 0) {
      out.append(" (turn ").append(status.getTurn())
          .append(status.getTurnLabel().isEmpty() ? "" : ", " + status.getTurnLabel())
          .append(status.getMillisLeft() > 0 ? ", " + TimeFormat.timeLeft(status.getMillisLeft()) : "")
          .append(')');
    }
    for (TeamScore score : status.getFinalScoresList()) {
      out.append("\n  ").append(score.getTeamId()).append("  ")
          .append(Numbers.value(score.getScore()));
    }
    if (!status.getOutcome().isEmpty()) {
      out.append("\nOutcome: ").append(status.getOutcome());
    }
    return out.toString();
  }

  private static String lobbyChange(LobbyChange change) {
    return change.getParticipant().getDisplayName() + " " + change.getChange()
        + (change.getTeamId().isEmpty() ? "" : " (team " + change.getTeamId() + ")");
  }

  private static String proposal(ProposalUpdate proposal, Style style) {
    String text = "Proposal " + proposal.getProposalId() + ": " + proposal.getFromTeamId()
        + " proposes " + proposal.getActionId() + " to " + proposal.getToTeamId() + ", "
        + proposal.getState().name().toLowerCase(Locale.ROOT);
    if (proposal.getState() == ProposalState.PENDING) {
      text += " (answer: accept " + proposal.getProposalId() + " / decline "
          + proposal.getProposalId() + ")";
    }
    return style.cyan(text);
  }
}
