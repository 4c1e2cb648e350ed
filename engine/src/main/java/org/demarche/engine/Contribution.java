package org.demarche.engine;

/**
 * One term of a variable's change in a turn. The contributions of a variable add up exactly to
 * its change, the clamp included.
 *
 * @param delayed true when the effect was set in motion in an earlier turn (a delay or duration)
 */
public record Contribution(int variable, Cause cause, double amount, boolean delayed) {}
