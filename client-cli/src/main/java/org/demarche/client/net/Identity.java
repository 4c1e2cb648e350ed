package org.demarche.client.net;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.ResumeSession;
import org.demarche.proto.v1.ServerMessage;

/**
 * Who the client says it is after the handshake, and how it says so again after a reconnect: a
 * player or observer resumes with the token of its last {@code GameSession} (kept in a
 * {@link SessionFile}); the instructor logs in with the key again.
 *
 * <p>Used by the thread that opens the connection, then by the connection's reader thread when it
 * reconnects; never by both at once.
 */
public final class Identity {
  private final String description;
  private final ClientMessage.Builder request;
  private final SessionFile sessionFile;
  private volatile GameSession session;
  private volatile String saveProblem;

  private Identity(String description, ClientMessage.Builder request, SessionFile sessionFile) {
    this.description = description;
    this.request = request;
    this.sessionFile = sessionFile;
    this.session = sessionFile == null ? null : sessionFile.load().orElse(null);
  }

  /** A player joining with a join code; resumes instead when the session file holds a token. */
  public static Identity player(String code, String name, String teamId, SessionFile sessionFile) {
    return new Identity("join " + code + " as " + name,
        ClientMessage.newBuilder().setJoinGame(JoinGame.newBuilder()
            .setCode(code).setDisplayName(name).setTeamId(teamId)),
        sessionFile);
  }

  /** An observer joining with an observer code. */
  public static Identity observer(String code, String name, SessionFile sessionFile) {
    return new Identity("observe " + code + " as " + name,
        ClientMessage.newBuilder().setObserveGame(ObserveGame.newBuilder()
            .setObserverCode(code).setDisplayName(name)),
        sessionFile);
  }

  /** The instructor, with the server's instructor key. */
  public static Identity instructor(String key) {
    return new Identity("log in as the instructor",
        ClientMessage.newBuilder().setInstructorLogin(InstructorLogin.newBuilder().setKey(key)),
        null);
  }

  /** What the identity does, for messages: "join K7PQ-2XM as Ana". */
  public String description() {
    return description;
  }

  /**
   * The identity requests to try in order: the resume token first when there is one, then the
   * first-time request. Only a refused token moves on to the next.
   */
  List<ClientMessage.Builder> attempts() {
    List<ClientMessage.Builder> attempts = new ArrayList<>();
    GameSession known = session;
    if (known != null) {
      attempts.add(ClientMessage.newBuilder().setResumeSession(
          ResumeSession.newBuilder().setResumeToken(known.getResumeToken())));
    }
    attempts.add(request.clone());
    return attempts;
  }

  /** The game session the server granted last, if this identity is in a game. */
  public Optional<GameSession> session() {
    return Optional.ofNullable(session);
  }

  /**
   * Why the resume token could not be kept on disk the last time, if it could not: the session
   * works all the same, but a restarted client will not resume it.
   */
  public Optional<String> saveProblem() {
    return Optional.ofNullable(saveProblem);
  }

  /** Records the server's answer to an identity request and keeps its token on disk. */
  void established(ServerMessage reply) {
    if (!reply.hasGameSession()) {
      return;
    }
    session = reply.getGameSession();
    if (sessionFile == null) {
      return;
    }
    try {
      sessionFile.save(session);
      saveProblem = null;
    } catch (IOException e) {
      saveProblem = "could not keep the resume token in " + sessionFile.path() + ": " + e;
    }
  }
}
