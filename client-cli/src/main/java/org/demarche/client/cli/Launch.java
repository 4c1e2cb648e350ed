package org.demarche.client.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.demarche.client.net.Connection;

/**
 * What a run of the client gets from the world: its streams, environment, home folder, whether
 * it sits at a terminal, and how it paces reconnects. {@code Main} takes the real ones; tests
 * give their own to run the whole client in process.
 *
 * <p>Immutable; any thread.
 */
public record Launch(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Path home,
    boolean terminal,
    List<Duration> reconnectBackoff) {

  public Launch {
    env = Map.copyOf(env);
    reconnectBackoff = List.copyOf(reconnectBackoff);
  }

  /** The process's own: {@code System.in/out/err}, its environment, {@code user.home}. */
  public static Launch system() {
    return new Launch(System.in, System.out, System.err, System.getenv(),
        Path.of(System.getProperty("user.home")), System.console() != null,
        Connection.Settings.standard().backoff());
  }
}
