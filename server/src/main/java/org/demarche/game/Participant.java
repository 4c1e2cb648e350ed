package org.demarche.game;

import java.util.LinkedHashSet;
import java.util.Set;
import org.demarche.game.api.Info;
import org.demarche.game.api.Role;
import org.demarche.game.api.Session;

/** A player or observer of one game and the connections speaking as them. Game executor only. */
final class Participant {
  final String id;
  final String name;
  final Role role;
  final String token;
  /** The player's team id, "" while unassigned (and always for observers). */
  String team = "";
  final Set<Session> sessions = new LinkedHashSet<>();

  Participant(String id, String name, Role role, String token) {
    this.id = id;
    this.name = name;
    this.role = role;
    this.token = token;
  }

  boolean connected() {
    return !sessions.isEmpty();
  }

  Info.Participant info() {
    return new Info.Participant(id, name, connected());
  }
}
