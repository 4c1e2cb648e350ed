package org.demarche.engine.model;

/** What a team sees of a variable. */
public enum Visibility {
  PUBLIC,
  HIDDEN,
  ESTIMATE
}
