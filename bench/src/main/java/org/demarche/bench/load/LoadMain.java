package org.demarche.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.demarche.bench.load.Connection.UnexpectedReplyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar bench/target/demarche-load.jar}: the load test's command line. */
@Command(
    name = "demarche-load",
    mixinStandardHelpOptions = true,
    // One paragraph: picocli wraps it to the terminal's width.
    description = "Drives a Démarche server with real connections on loopback: instructors"
        + " create and start the games, players join, edit drafts, chat and lock in over a few"
        + " warm-up turns and then the measured ones, then saturate the server; idle observers"
        + " hold connections. Prints request latency, turn report latency, messages per second,"
        + " the server's CPU and heap, and the same load on a bare Netty echo server in the"
        + " server's JVM as the baseline. Without --server it forks the server itself, with its"
        + " per-connection request rate limit lifted so that the saturation measures throughput.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the run finished, no request failed and every player got every turn's report",
        "1:requests failed, or the run could not be done (the message says why)",
        "2:flags that clash or are invalid"})
public final class LoadMain implements Callable<Integer> {
  @Option(names = "--players", defaultValue = "2000", description = "Player bots (${DEFAULT-VALUE}).")
  private int players;

  @Option(names = "--games", defaultValue = "200", description = "Games (${DEFAULT-VALUE}).")
  private int games;

  @Option(names = "--turns", defaultValue = "3",
      description = "Turns played and measured, after the warm-up (${DEFAULT-VALUE}).")
  private int turns;

  @Option(names = "--warmup-turns", defaultValue = "2",
      description = "Turns played first and not measured, while the server's JIT compiles its"
          + " hot paths (${DEFAULT-VALUE}).")
  private int warmupTurns;

  @Option(names = "--observers", defaultValue = "0",
      description = "Idle observer connections spread over the games (${DEFAULT-VALUE}).")
  private int observers;

  @Option(names = "--scenario", defaultValue = "tutorial-quenara",
      description = "Scenario id (${DEFAULT-VALUE}).")
  private String scenario;

  @Option(names = "--think-ms", defaultValue = "500",
      description = "A player's mean pause before each request of a turn (${DEFAULT-VALUE}).")
  private long thinkMillis;

  @Option(names = {"--seconds", "--duration"}, defaultValue = "10",
      description = "Length of the saturation and of the echo baseline (${DEFAULT-VALUE}).")
  private long seconds;

  @Option(names = "--server", paramLabel = "HOST:PORT",
      description = "Drive this running server (needs --key) instead of forking one; its CPU,"
          + " heap and the echo baseline are then not measured. Start it with a high"
          + " --requests-per-second (e.g. 100000), or its per-connection rate limit refuses the"
          + " saturation's requests.")
  private String server;

  @Option(names = "--key", description = "The external server's instructor key.")
  private String key;

  @Option(names = "--server-heap", defaultValue = "512m",
      description = "-Xmx of the forked server (${DEFAULT-VALUE}).")
  private String serverHeap;

  // ZGC by default: G1's young pauses stopped the server for 141 ms in a play phase of 13 s,
  // which delays every request in flight; ZGC's pauses are under a millisecond.
  @Option(names = "--server-java-option", paramLabel = "OPTION", defaultValue = "-XX:+UseZGC",
      description = "An option for the forked server's JVM; repeat for more. Giving any replaces"
          + " the default (${DEFAULT-VALUE}, the collector docs/performance.md recommends for"
          + " serving).")
  private List<String> serverJavaOptions;

  @Option(names = "--no-journal", negatable = false,
      description = "The forked server keeps games in memory only, to see what the journal costs.")
  private boolean noJournal;

  @Option(names = "--journal-folder", paramLabel = "DIR",
      description = "Where the forked server's data folder is made and deleted afterwards"
          + " (default: the system's temporary folder). A folder on another disk, or in memory"
          + " such as /dev/shm, shows what waiting for this one costs.")
  private Path journalFolder;

  @Option(names = "--client-threads", defaultValue = "2",
      description = "The driver's I/O threads (${DEFAULT-VALUE}).")
  private int clientThreads;

  @Option(names = "--timeout", defaultValue = "300",
      description = "Seconds any stage may take before the run fails (${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadMain()).execute(args));
  }

  /**
   * Exit 0 when the run finished with no failed request, 1 otherwise or when it could not run
   * (the message says why), 2 for flags that clash.
   */
  @Override
  public Integer call() throws Exception {
    LoadConfig config = config();
    LoadReport report;
    try {
      report = LoadRun.run(config, System.err);
    } catch (IOException | TimeoutException e) {
      return cannotRun(e);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof IOException || cause instanceof UnexpectedReplyException) {
        return cannotRun(cause);
      }
      throw e;
    }
    System.out.print(report.render());
    return report.failures() == 0 && report.playersWithAllReports() == players ? 0 : 1;
  }

  private int cannotRun(Throwable why) {
    // A closed channel says nothing but its class name.
    String message = why.getMessage() != null ? why.getMessage() : why.toString();
    spec.commandLine().getErr().println("demarche-load: " + message);
    return 1;
  }

  /** What went wrong in a bot: the cause under the futures' wrappers. */
  private static Throwable unwrap(ExecutionException failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private LoadConfig config() {
    try {
      return new LoadConfig(players, games, warmupTurns, turns, observers, scenario,
          Duration.ofMillis(thinkMillis), Duration.ofSeconds(seconds), address(), key, serverHeap,
          serverJavaOptions, !noJournal, journalFolder, clientThreads,
          Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private InetSocketAddress address() {
    if (server == null) {
      return null;
    }
    int colon = server.lastIndexOf(':');
    if (colon < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--server needs HOST:PORT, not " + server);
    }
    return new InetSocketAddress(server.substring(0, colon),
        Integer.parseInt(server.substring(colon + 1)));
  }
}
