package org.demarche.game;

import org.demarche.game.api.ProposalState;
import org.demarche.game.api.Push;

/** An offer from one team to another to order a joint action together this turn. */
record Proposal(
    String id, String actionId, String fromTeam, String toTeam, ProposalState state, int turn) {

  Proposal with(ProposalState next) {
    return new Proposal(id, actionId, fromTeam, toTeam, next, turn);
  }

  Push.Proposal push() {
    return new Push.Proposal(id, actionId, fromTeam, toTeam, state, turn);
  }
}
