package org.demarche.game.api;

/** Who plays a team. */
public enum SeatKind {
  HUMAN,
  AUTOPILOT,
  IDLE
}
