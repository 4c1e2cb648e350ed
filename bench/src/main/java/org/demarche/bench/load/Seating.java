package org.demarche.bench.load;

import java.util.List;

/**
 * Where each player sits: player {@code i} plays in game {@code i % games} as its
 * {@code (i / games)}-th player, and a game's players go to its human teams in turn.
 */
final class Seating {
  private final List<String> teams;
  private final GameTracker[] games;
  private final TeamTurns[][] teamTurns;

  Seating(LoadConfig config, List<String> teams, LatencyHistogram turnReports) {
    if (teams.isEmpty()) {
      throw new IllegalArgumentException(config.scenario() + " has no team for people to play");
    }
    this.teams = List.copyOf(teams);
    this.games = new GameTracker[config.games()];
    this.teamTurns = new TeamTurns[config.games()][teams.size()];
    for (int g = 0; g < games.length; g++) {
      int players = config.players() / games.length + (g < config.players() % games.length ? 1 : 0);
      games[g] = new GameTracker(players, config.warmupTurns(), config.playedTurns(),
          turnReports);
      for (int t = 0; t < teams.size(); t++) {
        int members = (players - t + teams.size() - 1) / teams.size();
        teamTurns[g][t] = new TeamTurns(members, config.playedTurns());
      }
    }
  }

  int game(int player) {
    return player % games.length;
  }

  Player.Seat seat(int player) {
    int game = game(player);
    int inGame = player / games.length;
    int team = inGame % teams.size();
    return new Player.Seat("player-" + player, teams.get(team), inGame / teams.size(),
        games[game], teamTurns[game][team]);
  }
}
