package org.demarche.bench.load;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The size and shape of a load run.
 *
 * @param players player bots, spread evenly over the games and, in a game, over its human teams
 * @param games games, each created and started by an instructor bot of its own
 * @param warmupTurns turns every game plays first, unmeasured: the server's JIT compiles its hot
 *     paths during them, as it has long done in a server that has run for a while
 * @param turns measured turns every game plays after the warm-up (it is created with one more,
 *     left open for saturation)
 * @param observers idle observer connections, spread over the games
 * @param scenario the scenario id
 * @param think a player's mean pause before each request of a turn
 * @param saturation how long the players saturate the server, and the echo bots the baseline
 * @param server an external server, or null to fork one (with the echo baseline)
 * @param key the external server's instructor key; null when forking
 * @param serverHeap the forked server's {@code -Xmx}
 * @param serverJavaOptions more options for the forked server's JVM, such as its collector
 * @param journal whether the forked server journals its games to disk, as {@code serve} does
 * @param journalParent the folder in which the forked server's data folder is made (and deleted
 *     at the end), or null for the system's temporary folder
 * @param clientThreads the driver's event loops
 * @param timeout the longest any stage may take before the run fails
 */
record LoadConfig(int players, int games, int warmupTurns, int turns, int observers, String scenario,
    Duration think, Duration saturation, InetSocketAddress server, String key, String serverHeap,
    List<String> serverJavaOptions, boolean journal, Path journalParent, int clientThreads,
    Duration timeout) {
  LoadConfig {
    if (games < 1 || players < games) {
      throw new IllegalArgumentException("need at least one game and one player per game, not "
          + players + " players in " + games + " games");
    }
    if (turns < 1 || warmupTurns < 0 || observers < 0 || clientThreads < 1) {
      throw new IllegalArgumentException("turns and client threads must be at least 1, and"
          + " warm-up turns and observers at least 0");
    }
    if ((server == null) != (key == null)) {
      throw new IllegalArgumentException("an external server needs its instructor key, and"
          + " only an external one");
    }
    if (journalParent != null && (server != null || !journal)) {
      throw new IllegalArgumentException("a journal folder is for the forked server's journals:"
          + " not with an external server or without a journal");
    }
  }

  /** The forked server's JVM options: its heap, then the others. */
  List<String> forkedServerOptions() {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + serverHeap);
    options.addAll(serverJavaOptions);
    return options;
  }

  /** The same run with {@code count} observers. */
  LoadConfig withObservers(int count) {
    return new LoadConfig(players, games, warmupTurns, turns, count, scenario, think, saturation,
        server, key, serverHeap, serverJavaOptions, journal, journalParent, clientThreads,
        timeout);
  }

  /** Turns every player plays: the warm-up's, then the measured ones. */
  int playedTurns() {
    return warmupTurns + turns;
  }

  /** Connections held at once: players, observers and one instructor per game. */
  int connections() {
    return players + observers + games;
  }
}
