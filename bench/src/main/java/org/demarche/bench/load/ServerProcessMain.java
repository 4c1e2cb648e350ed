package org.demarche.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.demarche.net.Limits;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;

/**
 * The server side of a load run, in a JVM of its own so that its heap and CPU are its own: the
 * real game server (built-in scenarios, journals in a data folder, the default limits but for the
 * request rate, which is lifted) and the {@link EchoServer} baseline, both on loopback. {@link
 * ForkedServer} starts it and talks to it over stdin/stdout.
 *
 * <pre>
 *   args: INSTRUCTOR_KEY DATA_FOLDER    (DATA_FOLDER "-": no journal, games in memory only)
 *   out:  ready GAME_PORT ECHO_PORT
 *   in:   sample | sample-gc   →  out: sample CPU_NANOS HEAP_BYTES DIRECT_BYTES GC_PAUSE_MILLIS
 *   in:   end of input          →  closes both servers and exits
 * </pre>
 */
public final class ServerProcessMain {
  static final String READY = "ready";
  static final String SAMPLE = "sample";
  static final String SAMPLE_AFTER_GC = "sample-gc";
  static final String NO_JOURNAL = "-";
  /** The game server's I/O threads (NetServer's default), which the echo server gets too. */
  private static final int IO_THREADS = 2;
  /**
   * Requests one connection may send per second (and at once): far above what a bot can send,
   * so the saturation measures the server's throughput, not its per-connection rate limit.
   */
  static final int REQUESTS_PER_SECOND = 1_000_000;

  private ServerProcessMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ServerProcessMain INSTRUCTOR_KEY DATA_FOLDER");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ScenarioCatalog catalog = ScenarioCatalog.embedded();
    Limits limits =
        Limits.defaults().withRequestRate(REQUESTS_PER_SECOND, REQUESTS_PER_SECOND);
    try (RunningServer game = args[1].equals(NO_JOURNAL)
            ? RunningServer.start(catalog.scenarios(), args[0], "127.0.0.1", 0, limits)
            : RunningServer.start(catalog, args[0], "127.0.0.1", 0, null, Path.of(args[1]),
                limits);
        EchoServer echo = EchoServer.start("127.0.0.1", IO_THREADS)) {
      out.println(READY + " " + game.address().getPort() + " " + echo.address().getPort());
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      // Serves until the driver closes our input (or dies, which closes it too).
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.println(ServerSample.ofThisProcess(line.equals(SAMPLE_AFTER_GC)).toLine());
      }
    }
  }
}
