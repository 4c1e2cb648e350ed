package org.demarche.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.engine.model.Scenario;
import org.demarche.game.Codes;
import org.demarche.game.GameLog;
import org.demarche.game.GameServer;
import org.demarche.game.GameStore;
import org.demarche.game.api.JournalEntry;
import org.demarche.review.GameRecord;

/**
 * The record of a game read from its journal, active or archived, without a running server and
 * without touching the data folder: the journal is replayed by a server of its own, on this
 * thread, exactly as recovery would.
 */
public final class StoredRecords {
  private StoredRecords() {}

  /**
   * Replays game {@code gameId} of the data folder {@code folder}.
   *
   * @throws JournalException when there is no such game or its journal does not replay
   */
  public static GameRecord read(Path folder, String gameId) throws IOException, JournalException {
    JournalReader.Read read = FileGameStore.readOnly(folder, gameId);
    OneGame store = new OneGame(new GameStore.StoredGame(read.opened(), read.scenario(),
        read.entries(), GameLog.NONE));
    GameServer server = new GameServer(Map.of(), "", System::currentTimeMillis,
        (delay, task) -> () -> {}, new Codes(), Runnable::run, store);
    if (server.recover() != 1) {
      throw new JournalException("game " + gameId + " does not replay: " + store.failure);
    }
    Optional<GameRecord> record = server.record(gameId).toCompletableFuture().join();
    return record.orElseThrow();
  }

  /** A store of one game, read only: what recovery would set aside is only reported. */
  private static final class OneGame implements GameStore {
    private final StoredGame game;
    private String failure = "";

    OneGame(StoredGame game) {
      this.game = game;
    }

    @Override
    public GameLog create(JournalEntry.Opened opened, Scenario scenario) throws IOException {
      throw new IOException("a review reads games; it does not create them");
    }

    @Override
    public List<StoredGame> load() {
      return List.of(game);
    }

    @Override
    public void setAside(String gameId, String reason) {
      failure = reason;
    }

    @Override
    public void archive(String gameId) throws IOException {
      throw new IOException("a review reads games; it does not archive them");
    }

    @Override
    public void delete(String gameId) throws IOException {
      throw new IOException("a review reads games; it does not delete them");
    }
  }
}
