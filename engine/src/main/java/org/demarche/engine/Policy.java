package org.demarche.engine;

import org.demarche.engine.model.Scenario;

/**
 * Chooses a team's orders for the coming turn: the autopilot for empty seats, and the courses of
 * action that {@code simulate} plays. Must be deterministic given its inputs; randomness comes
 * from {@code random}, which the caller points at the team's policy stream.
 */
public interface Policy {
  TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random);
}
