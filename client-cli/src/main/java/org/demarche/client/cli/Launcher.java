package org.demarche.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.demarche.client.ExitCode;
import org.demarche.client.console.InteractiveShell;
import org.demarche.client.console.StreamOutput;
import org.demarche.client.net.ConnectFailure;
import org.demarche.client.net.Connection;
import org.demarche.client.net.Identity;
import org.demarche.client.net.ServerAddress;
import org.demarche.client.net.TlsTrust;
import org.demarche.client.net.Transport;
import org.demarche.client.render.JsonLines;
import org.demarche.client.render.Style;
import org.demarche.client.session.Client;
import org.demarche.client.session.Output;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs one session of the client: connects, says who it is, then hands the keyboard to the
 * interactive prompt or reads a script, and turns the result into an exit code.
 *
 * <p>Runs on the main thread.
 */
final class Launcher {
  private final Launch launch;
  private final SessionOptions options;

  Launcher(Launch launch, SessionOptions options) {
    this.launch = launch;
    this.options = options;
  }

  /** The address from {@code --server}, or null after telling the user why it is wrong. */
  ServerAddress address() {
    try {
      return ServerAddress.parse(options.server);
    } catch (IllegalArgumentException e) {
      launch.err().println("error: --server " + e.getMessage());
      return null;
    }
  }

  /** TLS from {@code --tls} or {@code --trust-cert}, else plain TCP; null after telling why not. */
  Transport transport() {
    if (options.trustCert != null) {
      try {
        return Transport.tls(TlsTrust.pemFile(options.trustCert));
      } catch (IOException e) {
        launch.err().println("error: --trust-cert " + e.getMessage());
        return null;
      }
    }
    return options.tls ? Transport.tls(TlsTrust.systemDefault()) : Transport.PLAIN;
  }

  /** Runs the session for a role and identity (built once the address is known). */
  int run(Role role, Function<ServerAddress, Identity> identities) {
    ServerAddress address = address();
    Transport transport = transport();
    if (address == null || transport == null) {
      return ExitCode.USAGE;
    }
    boolean interactive = options.script == null && launch.terminal();
    BufferedReader script;
    try {
      script = interactive ? null : scriptReader();
    } catch (IOException e) {
      launch.err().println("error: cannot read the script " + options.script + ": " + e);
      return ExitCode.USAGE;
    }
    Style style = options.json
        ? Style.PLAIN
        : Style.choose(launch.terminal(), launch.env().get("NO_COLOR"));
    try {
      return interactive
          ? runInteractive(role, identities.apply(address), address, transport, style)
          : runScript(role, identities.apply(address), address, transport, style, script);
    } catch (IOException e) {
      launch.err().println("error: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }

  private BufferedReader scriptReader() throws IOException {
    return options.script == null
        ? new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8))
        : Files.newBufferedReader(options.script, StandardCharsets.UTF_8);
  }

  private int runScript(Role role, Identity identity, ServerAddress address, Transport transport,
      Style style, BufferedReader script) throws IOException {
    Output output = new StreamOutput(launch.out(), launch.err());
    Client client = newClient(role, output, style, address);
    Connection opened;
    try {
      opened = connect(address, transport, identity, client, output);
    } catch (ConnectFailure e) {
      script.close();
      return report(e, output);
    }
    try (script; Connection connection = opened) {
      int exit = client.runScript(script, options.keepGoing);
      // A script that stopped because the server went away could not connect, not just fail.
      return exit != ExitCode.OK && client.state().linkDown() ? ExitCode.UNREACHABLE : exit;
    }
  }

  private int runInteractive(Role role, Identity identity, ServerAddress address,
      Transport transport, Style style) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      InteractiveShell shell = new InteractiveShell(terminal,
          launch.home().resolve(".demarche").resolve("history"), style);
      Client client = newClient(role, shell, style, address);
      try (Connection connection = connect(address, transport, identity, client, shell)) {
        client.prime().ifPresent(reason -> shell.printAbove(style.dim("(" + reason + ")")));
        shell.run(client);
        return ExitCode.OK;
      } catch (ConnectFailure e) {
        return report(e, shell);
      }
    }
  }

  private Client newClient(Role role, Output output, Style style, ServerAddress address) {
    return new Client(role, output,
        new Client.Options(options.json, style, Duration.ofSeconds(options.waitTimeoutSeconds),
            Path.of(""), reachFlags(address)));
  }

  /**
   * What a classmate adds to {@code demarche join} to reach the server this client reached:
   * {@code --server} unless it is the default, and the TLS flag ({@code CERT} stands for their
   * copy of the certificate).
   */
  private String reachFlags(ServerAddress address) {
    StringBuilder flags = new StringBuilder();
    if (!address.equals(ServerAddress.parse(ServerAddress.DEFAULT))) {
      flags.append(" --server ").append(address);
    }
    if (options.trustCert != null) {
      flags.append(" --trust-cert CERT");
    } else if (options.tls) {
      flags.append(" --tls");
    }
    return flags.toString();
  }

  /** Opens the connection and greets the user. */
  private Connection connect(ServerAddress address, Transport transport, Identity identity,
      Client client, Output output) throws ConnectFailure {
    Connection.Settings settings = new Connection.Settings(Duration.ofSeconds(5),
        Duration.ofSeconds(options.timeoutSeconds), launch.reconnectBackoff());
    Connection connection = Connection.open(address, transport, identity, client, settings);
    ServerMessage granted = connection.identityReply();
    client.attach(connection, granted);
    output.print(options.json ? JsonLines.of(granted) : greeting(granted));
    identity.saveProblem().ifPresent(problem -> output.warn("warning: " + problem));
    return connection;
  }

  /** Tells why the session could not be had and picks the exit code. */
  private int report(ConnectFailure failure, Output output) {
    if (options.json) {
      output.print(JsonLines.event("connect_failed", failure.getMessage()));
    }
    output.warn("error: " + failure.getMessage());
    return failure.kind() == ConnectFailure.Kind.REFUSED ? ExitCode.FAILED : ExitCode.UNREACHABLE;
  }

  private static String greeting(ServerMessage granted) {
    if (granted.hasInstructorSession()) {
      String game = granted.getInstructorSession().getGameId();
      return game.isEmpty()
          ? "Logged in as the instructor; the server holds "
              + granted.getInstructorSession().getGames() + " game(s). Type 'help'."
          : "Logged in as an instructor of game " + game + "; 'use " + game
              + "' is set. Type 'help'.";
    }
    GameSession session = granted.getGameSession();
    String seat = session.getTeamId().isEmpty()
        ? "waiting in the lobby for a team"
        : "on team " + session.getTeamId();
    return "Joined \"" + session.getTitle() + "\" (game " + session.getGameId() + ") as "
        + session.getRole().name().toLowerCase(Locale.ROOT) + ", " + seat + ". "
        + "Type 'help'.";
  }
}
