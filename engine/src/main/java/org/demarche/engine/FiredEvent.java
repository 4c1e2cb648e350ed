package org.demarche.engine;

/** An event that fired this turn; {@code injected} when the instructor fired it. */
public record FiredEvent(int event, boolean injected) {}
