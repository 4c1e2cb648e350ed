package org.demarche.engine;

/**
 * An effect that resolved earlier and still has turns to run: it adds {@code amount} to its
 * target on every turn from {@code fromTurn} to {@code toTurn}.
 */
record ScheduledEffect(
    boolean targetsResource, int target, double amount, int fromTurn, int toTurn, Cause cause) {}
