package org.demarche.game;

import org.demarche.game.api.Channel;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;

/**
 * The one place that decides who may make which request: identity requests need a fresh
 * connection, the white cell's requests need the instructor, acts on a game need a player of it,
 * and observers only read. Pure; called once per request, before any handler, on the thread that
 * runs the request (the game's executor when a game is involved).
 */
final class Authorization {
  private Authorization() {}

  /** What a request needs of the one asking. */
  enum Need {
    /** Taking an identity: only a connection that has none yet. */
    FRESH,
    /** The white cell. */
    INSTRUCTOR,
    /** Reading one's own game: a player (its own team) or an observer (any team). */
    MEMBER,
    /** Acting in one's own game: a player. */
    PLAYER
  }

  /**
   * What {@code request} needs. Every request type has a branch, and a new one without a branch
   * fails loudly, so that no request is ever allowed by default.
   */
  static Need need(Request request) {
    if (request instanceof Request.InstructorLogin
        || request instanceof Request.JoinGame
        || request instanceof Request.ObserveGame
        || request instanceof Request.ResumeSession) {
      return Need.FRESH;
    }
    if (request instanceof Request.ListScenarios
        || request instanceof Request.CreateGame
        || request instanceof Request.ListGames
        || request instanceof Request.GetLobby
        || request instanceof Request.AssignPlayer
        || request instanceof Request.RemovePlayer
        || request instanceof Request.ControlGame
        || request instanceof Request.ExtendTimer
        || request instanceof Request.InjectEvent
        || request instanceof Request.InjectAdhoc
        || request instanceof Request.SetVariable
        || request instanceof Request.Broadcast
        || request instanceof Request.ViewTeam
        || request instanceof Request.ForkGame
        || request instanceof Request.ArchiveGame
        || request instanceof Request.DeleteGame
        || request instanceof Request.GameReport) {
      return Need.INSTRUCTOR;
    }
    if (request instanceof Request.GetView
        || request instanceof Request.GetHistory
        || request instanceof Request.GetReport) {
      return Need.MEMBER;
    }
    if (request instanceof Request.EditDraft
        || request instanceof Request.LockIn
        || request instanceof Request.Unlock
        || request instanceof Request.SendChat
        || request instanceof Request.Propose
        || request instanceof Request.AnswerProposal) {
      return Need.PLAYER;
    }
    throw new AssertionError(request.getClass().getSimpleName() + " without a rule is a bug");
  }

  /**
   * Null when {@code principal} may make {@code request}, else the rejection to answer.
   *
   * @param game the principal's game for players and observers (null when it no longer exists);
   *     ignored for the instructor and anonymous connections
   */
  static Result.Rejected check(Principal principal, Request request, Membership game) {
    Need need = need(request);
    if (need == Need.FRESH) {
      return principal instanceof Principal.Anonymous
          ? null
          : denied(ErrorKind.FAILED_PRECONDITION,
              "this connection already has an identity; open a new connection to take another");
    }
    if (principal instanceof Principal.Anonymous) {
      return denied(ErrorKind.UNAUTHENTICATED,
          "log in as the instructor or join a game first");
    }
    if (principal instanceof Principal.Instructor) {
      return need == Need.INSTRUCTOR
          ? null
          : denied(ErrorKind.PERMISSION_DENIED,
              "the instructor is in no game; use ViewTeam and Broadcast, which name one");
    }
    if (principal instanceof Principal.GameInstructor own) {
      return coInstructorRules(own.gameId(), need, request);
    }
    if (need == Need.INSTRUCTOR) {
      return denied(ErrorKind.PERMISSION_DENIED,
          "only the instructor may " + what(request));
    }
    if (principal instanceof Principal.Observer observer) {
      Result.Rejected gone = membership(observer.gameId(), observer.participantId(), game);
      if (gone != null) {
        return gone;
      }
      return need == Need.MEMBER
          ? null
          : denied(ErrorKind.PERMISSION_DENIED, "observers are read-only");
    }
    if (principal instanceof Principal.Player player) {
      Result.Rejected gone = membership(player.gameId(), player.participantId(), game);
      if (gone != null) {
        return gone;
      }
      return playerRules(game.teamOf(player.participantId()), request, game);
    }
    throw new AssertionError(principal + " without a rule is a bug");
  }

  /** A co-instructor runs its own game: everything the instructor does there, nothing elsewhere. */
  private static Result.Rejected coInstructorRules(String gameId, Need need, Request request) {
    if (need != Need.INSTRUCTOR) {
      return denied(ErrorKind.PERMISSION_DENIED,
          "the instructor is in no game; use ViewTeam and Broadcast, which name one");
    }
    if (request instanceof Request.CreateGame || request instanceof Request.ForkGame) {
      return denied(ErrorKind.PERMISSION_DENIED,
          "only the instructor with the server's key may create games");
    }
    if (request instanceof Request.DeleteGame) {
      return denied(ErrorKind.PERMISSION_DENIED,
          "only the instructor with the server's key may delete games");
    }
    if (request instanceof Request.InGame inGame && !inGame.gameId().equals(gameId)) {
      return denied(ErrorKind.PERMISSION_DENIED,
          "your instructor code is for game " + gameId + ", not " + inGame.gameId());
    }
    return null;
  }

  /** Whether the principal's identity still holds in its game. */
  private static Result.Rejected membership(String gameId, String participantId, Membership game) {
    if (game == null || !game.gameId().equals(gameId)) {
      return denied(ErrorKind.UNAUTHENTICATED, "your game no longer exists; join another one");
    }
    if (!game.isMember(participantId)) {
      return denied(ErrorKind.UNAUTHENTICATED,
          "the instructor removed you from this game; ask for a new invitation");
    }
    return null;
  }

  /** The rules that depend on the player's team: it reads and answers for its own team only. */
  private static Result.Rejected playerRules(String team, Request request, Membership game) {
    if (request instanceof Request.GetView view
        && !view.teamId().isEmpty() && !view.teamId().equals(team)) {
      return notYourTeam(team, view.teamId());
    }
    if (request instanceof Request.SendChat chat && chat.channel() == Channel.BROADCAST) {
      return denied(ErrorKind.PERMISSION_DENIED, "only the instructor may broadcast");
    }
    if (request instanceof Request.AnswerProposal answer) {
      String target = game.proposalTarget(answer.proposalId());
      if (target != null && !target.equals(team)) {
        return notYourTeam(team, target);
      }
    }
    return null;
  }

  private static Result.Rejected notYourTeam(String team, String other) {
    return denied(ErrorKind.PERMISSION_DENIED, team.isEmpty()
        ? "you are not on a team yet, so not on " + other
        : "you play for " + team + ", not " + other);
  }

  /** The request in words, for "only the instructor may …". */
  private static String what(Request request) {
    String name = request.getClass().getSimpleName();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString();
  }

  private static Result.Rejected denied(ErrorKind kind, String message) {
    return Result.rejected(kind, message);
  }
}
