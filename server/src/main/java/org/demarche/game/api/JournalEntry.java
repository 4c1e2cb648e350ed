package org.demarche.game.api;

import java.util.List;
import org.demarche.engine.TurnInput;

/**
 * What a game's journal holds, as domain records: the store layer writes them as protobuf and
 * reads them back. A game's state is a function of its entries, replayed in order through the
 * same code as live play. Every entry has the game's clock at the moment it was made.
 */
public sealed interface JournalEntry {
  long timeMillis();

  /**
   * The first entry: the game's settings, resolved (the seed and turns used), and its codes. The
   * store adds a copy of the scenario file.
   */
  record Opened(
      long timeMillis,
      String gameId,
      Request.CreateGame settings,
      String joinCode,
      String observerCode,
      String instructorCode,
      Fork fork)
      implements JournalEntry {}

  /** Where a fork comes from; {@link #NONE} for a game that is not one. */
  record Fork(String parentGameId, int turn, List<EngineStep> inherited) {
    public static final Fork NONE = new Fork("", 0, List.of());

    public Fork {
      inherited = List.copyOf(inherited);
    }

    public boolean isFork() {
      return !parentGameId.isEmpty();
    }
  }

  /** One step of the engine's history, which a fork inherits from its parent. */
  sealed interface EngineStep {}

  /** The instructor set a variable. */
  record Correction(String variableId, double value, String reason) implements EngineStep {}

  /**
   * An accepted request that changed the game.
   *
   * @param issuedToken the resume token a join or observe issued; "" otherwise
   */
  record Command(long timeMillis, Principal actor, Request request, String issuedToken)
      implements JournalEntry {}

  /** The time limit of {@code turn} ran out. */
  record TimerExpired(long timeMillis, int turn) implements JournalEntry {}

  /** A turn was resolved with {@code input}, giving a state of hash {@code stateHash}. */
  record TurnResolved(long timeMillis, int turn, TurnInput input, long stateHash)
      implements JournalEntry, EngineStep {}

  /** The clock while a turn timer runs; replaying it tells how much time was left. */
  record ClockMark(long timeMillis) implements JournalEntry {}
}
