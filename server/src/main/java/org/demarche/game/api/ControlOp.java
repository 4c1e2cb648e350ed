package org.demarche.game.api;

/** What the instructor does to a game's phase or turn. */
public enum ControlOp {
  START,
  PAUSE,
  RESUME,
  ADVANCE,
  END
}
