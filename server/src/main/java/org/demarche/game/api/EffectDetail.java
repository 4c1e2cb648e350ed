package org.demarche.game.api;

/** How much players see of action effects before ordering them. */
public enum EffectDetail {
  EXACT,
  QUALITATIVE,
  HIDDEN
}
