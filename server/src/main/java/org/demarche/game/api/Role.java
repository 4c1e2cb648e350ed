package org.demarche.game.api;

/** The role of a participant. */
public enum Role {
  PLAYER,
  OBSERVER,
  INSTRUCTOR
}
