package org.demarche.engine;

/** How a pending dilemma was settled this turn; {@code defaulted} when the team did not answer. */
public record DilemmaAnswer(int event, int team, int option, boolean defaulted) {}
