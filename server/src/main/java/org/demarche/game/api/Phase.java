package org.demarche.game.api;

/** The life of a game. */
public enum Phase {
  LOBBY,
  RUNNING,
  PAUSED,
  ENDED
}
