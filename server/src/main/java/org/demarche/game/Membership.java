package org.demarche.game;

/**
 * What {@link Authorization} needs to know of a game: who is still in it, on which team, and to
 * whom a proposal was made. Implemented by {@link Game}; read on the game's executor only.
 */
interface Membership {
  String gameId();

  /** Whether the participant is still in the game (not removed). */
  boolean isMember(String participantId);

  /** The player's team id, or "" when unassigned or unknown. */
  String teamOf(String participantId);

  /** The team a proposal was made to, or null when there is no such proposal. */
  String proposalTarget(String proposalId);
}
