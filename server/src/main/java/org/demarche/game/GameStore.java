package org.demarche.game;

import java.io.IOException;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.JournalEntry;

/**
 * Where games are kept between runs of the server: a journal per game, the archive, and the
 * games set aside because they could not be read. The store layer implements it; the game layer
 * never sees files or protobuf.
 */
public interface GameStore {
  /** A store that keeps nothing: games live as long as the process. */
  GameStore MEMORY = new NoStoredGames() {
    @Override
    public GameLog create(JournalEntry.Opened opened, Scenario scenario) {
      return GameLog.NONE;
    }
  };

  /**
   * A game read back from its journal, ready to be replayed.
   *
   * @param scenario compiled from the journal's own copy of the scenario file
   * @param entries every entry after the opening, in order
   * @param log the journal, open for appending after the last whole entry
   */
  record StoredGame(
      JournalEntry.Opened opened, Scenario scenario, List<JournalEntry> entries, GameLog log) {
    public StoredGame {
      entries = List.copyOf(entries);
    }
  }

  /**
   * Starts the journal of a new game with its opening and a copy of its scenario's file, without
   * waiting for the disk: the opening is durable once the log's listener hears of
   * {@link GameLog#lastSequence()}.
   *
   * @throws IOException when the journal cannot be created; the game must not start then
   */
  GameLog create(JournalEntry.Opened opened, Scenario scenario) throws IOException;

  /**
   * Reads every active game's journal. A torn tail is cut back with a warning; a journal that
   * cannot be read is set aside with a message and left out. Never throws for one bad game.
   */
  List<StoredGame> load();

  /** Moves a game's journal out of the active games, saying why; it is kept for inspection. */
  void setAside(String gameId, String reason);

  /** Moves a finished game's journal to the archive, where reports can still read it. */
  void archive(String gameId) throws IOException;

  /** Deletes a game's journal for good. */
  void delete(String gameId) throws IOException;
}
