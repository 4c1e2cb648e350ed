package org.demarche.engine;

/** A dilemma raised by an event, waiting for its team's answer in the next turn. */
public record PendingDilemma(int event, int team, int raisedOnTurn) {}
