package org.demarche.game;

import java.util.List;

/** A store for tests of new games' journals: it holds no stored game and retires nothing. */
abstract class NewGamesStore implements GameStore {
  @Override
  public List<StoredGame> load() {
    return List.of();
  }

  @Override
  public void setAside(String gameId, String reason) {}

  @Override
  public void archive(String gameId) {}

  @Override
  public void delete(String gameId) {}
}
