package org.demarche.game.api;

/** Where a chat message goes. */
public enum Channel {
  TEAM,
  TEAM_PAIR,
  PUBLIC,
  BROADCAST
}
