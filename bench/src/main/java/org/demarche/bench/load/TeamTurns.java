package org.demarche.bench.load;

/**
 * The players of one team: the last of them to finish its edits of a turn locks the team in, so
 * that no edit arrives after the lock (which the game would refuse). Any thread.
 */
final class TeamTurns {
  private final int members;
  private final int[] finished;

  TeamTurns(int members, int turns) {
    this.members = members;
    this.finished = new int[turns];
  }

  /** A member has finished {@code turn}'s edits; true for the last one, who locks in. */
  synchronized boolean finish(int turn) {
    return ++finished[turn] == members;
  }
}
