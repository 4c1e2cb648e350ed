package org.demarche.game.api;

/** Where a proposal of a joint action stands. */
public enum ProposalState {
  PENDING,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
