package org.demarche.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.game.api.Info;
import org.demarche.game.api.Push;
import org.demarche.game.api.Role;
import org.demarche.game.api.Session;

/**
 * The people of one game and how to reach them: players and observers in the order they came,
 * their resume tokens, the instructor connections watching, and the audiences a push goes to (a
 * team, the watchers, everyone). Game executor only.
 */
final class Roster {
  private final String gameId;
  private final Game.Host host;
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  /** For lookups only, never iterated, so hash order cannot leak into anything. */
  private final Map<String, Participant> byToken = new HashMap<>();
  /** Instructor connections that have addressed this game: they see everything in it. */
  private final Set<Session> watchers = new LinkedHashSet<>();
  private int count;

  Roster(String gameId, Game.Host host) {
    this.gameId = gameId;
    this.host = host;
  }

  /** A new participant, reachable on {@code session}, with a fresh resume token. */
  Participant admit(Session session, String name, Role role) {
    Participant p = new Participant("p" + (++count), name, role, host.token());
    p.sessions.add(session);
    participants.put(p.id, p);
    byToken.put(p.token, p);
    host.issued(p.token, gameId);
    return p;
  }

  /** Removes a participant for good: its token stops working. Null when there is none. */
  Participant remove(String participantId) {
    Participant p = participants.remove(participantId);
    if (p != null) {
      byToken.remove(p.token);
      host.revoked(p.token);
    }
    return p;
  }

  Participant get(String participantId) {
    return participants.get(participantId);
  }

  Participant byToken(String token) {
    return byToken.get(token);
  }

  Collection<Participant> all() {
    return participants.values();
  }

  Set<String> ids() {
    return participants.keySet();
  }

  /** Someone already called {@code name}, whatever the case, or null. */
  Participant named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Participant p : participants.values()) {
      if (p.name.toLowerCase(Locale.ROOT).equals(wanted)) {
        return p;
      }
    }
    return null;
  }

  /** The participants of a role on a team ("" for none), as the lobby lists them. */
  List<Info.Participant> members(String team, Role role) {
    List<Info.Participant> result = new ArrayList<>();
    for (Participant p : participants.values()) {
      if (p.role == role && p.team.equals(team)) {
        result.add(p.info());
      }
    }
    return result;
  }

  int players() {
    int players = 0;
    for (Participant p : participants.values()) {
      if (p.role == Role.PLAYER) {
        players++;
      }
    }
    return players;
  }

  void watch(Session session) {
    watchers.add(session);
  }

  /** A connection closed: the participant it spoke for, if it no longer has any, or null. */
  Participant disconnected(Session session, String participantId) {
    watchers.remove(session);
    Participant p = participantId == null ? null : participants.get(participantId);
    return p != null && p.sessions.remove(session) && !p.connected() ? p : null;
  }

  /** Forgets a connection everywhere: after a replay, whose stand-in connection was no one. */
  void forget(Session session) {
    watchers.remove(session);
    for (Participant p : participants.values()) {
      p.sessions.remove(session);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Who hears what

  void toTeam(String teamId, Push push) {
    for (Participant p : participants.values()) {
      if (p.role == Role.PLAYER && p.team.equals(teamId)) {
        toParticipant(p, push);
      }
    }
  }

  /** Observers and the instructor's connections: they see everything in the game. */
  void toWatchers(Push push) {
    for (Participant p : participants.values()) {
      if (p.role == Role.OBSERVER) {
        toParticipant(p, push);
      }
    }
    for (Session session : watchers) {
      host.push(session, push);
    }
  }

  void toTeamAndWatchers(String teamId, Push push) {
    if (!teamId.isEmpty()) {
      toTeam(teamId, push);
    }
    toWatchers(push);
  }

  void toEveryone(Push push) {
    for (Participant p : participants.values()) {
      if (p.role == Role.PLAYER) {
        toParticipant(p, push);
      }
    }
    toWatchers(push);
  }

  /** Every participant, on every connection, and not the watchers. */
  void toParticipants(Push push) {
    for (Participant p : participants.values()) {
      toParticipant(p, push);
    }
  }

  void toParticipant(Participant p, Push push) {
    for (Session session : p.sessions) {
      host.push(session, push);
    }
  }

  void toSession(Session session, Push push) {
    host.push(session, push);
  }
}
