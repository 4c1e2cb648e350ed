package org.demarche.game;

import java.util.List;

/**
 * A store that holds no stored game and retires nothing: what keeping games in memory needs,
 * and a base for stores that only make new games' journals.
 */
abstract class NoStoredGames implements GameStore {
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
