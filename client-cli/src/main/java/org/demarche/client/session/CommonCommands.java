package org.demarche.client.session;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.demarche.client.session.CommandSpec.ArgKind;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;

/**
 * The commands every role has: {@code help}, {@code wait} (for scripts and bots) and
 * {@code quit}.
 *
 * <p>Handlers run on the command thread.
 */
final class CommonCommands {
  private static final Set<Role> EVERYONE = Set.of(Role.PLAYER, Role.OBSERVER, Role.INSTRUCTOR);

  private final Client client;
  private final CommandCatalog catalog;

  private CommonCommands(Client client, CommandCatalog catalog) {
    this.client = client;
    this.catalog = catalog;
  }

  static void register(Client client, CommandCatalog catalog) {
    CommonCommands commands = new CommonCommands(client, catalog);
    catalog.add(CommandSpec.of("help [COMMAND]", "list the commands, or explain one", EVERYONE,
        0, 1, List.of(ArgKind.COMMAND), commands::help));
    catalog.add(CommandSpec.of("wait turn N / wait report [N] / wait push TYPE",
        "wait (bounded) until turn N opens, a turn report or a push arrives", EVERYONE,
        1, 2, List.of(ArgKind.WAIT_WHAT), commands::await));
    catalog.add(CommandSpec.of("quit", "leave (a player's seat stays; rejoin resumes it)",
        EVERYONE, 0, 0, List.of(), line -> Outcome.QUIT));
  }

  private Outcome help(ParsedLine line) throws UsageError {
    Role role = client.state().role();
    if (line.args().isEmpty()) {
      client.note(catalog.help(role));
      return Outcome.OK;
    }
    CommandSpec spec = catalog.find(line.arg(0).toLowerCase(Locale.ROOT), role)
        .orElseThrow(() -> new UsageError("no command '" + line.arg(0) + "'; type 'help'"));
    client.note(spec.usage() + "\n  " + spec.summary() + "\n");
    return Outcome.OK;
  }

  private Outcome await(ParsedLine line) throws UsageError, IOException {
    long deadline = System.nanoTime() + client.waitTimeout().toNanos();
    String what = line.arg(0).toLowerCase(Locale.ROOT);
    ClientState state = client.state();
    try {
      switch (what) {
        case "turn":
          state.awaitTurn(number(line, 1, "wait turn N"), deadline);
          client.note("Turn " + state.turn() + " is open.\n");
          break;
        case "report":
          if (line.args().size() == 2) {
            state.awaitReport(number(line, 1, "wait report [N]"), deadline);
          } else {
            client.waitMatched(state.awaitPush(ServerMessage::hasTurnReport, client.waitFrom(),
                deadline));
          }
          client.note("Turn " + state.lastReportTurn() + " was reported.\n");
          break;
        case "push":
          if (line.args().size() != 2) {
            throw new UsageError("usage: wait push TYPE (e.g. chat, turn_report, game_status)");
          }
          String type = PushTypes.named(line.arg(1)).orElseThrow(() -> new UsageError(
              "no push type '" + line.arg(1) + "'; one of " + String.join(", ", PushTypes.NAMES)));
          client.waitMatched(state.awaitPush(
              push -> push.getBodyCase().name().equalsIgnoreCase(type), client.waitFrom(),
              deadline));
          client.note("Received " + type + ".\n");
          break;
        default:
          throw new UsageError("usage: wait turn N / wait report [N] / wait push TYPE");
      }
      return Outcome.OK;
    } catch (TimeoutException e) {
      throw new IOException("'" + line.raw() + "' timed out after "
          + client.waitTimeout().toSeconds() + " s (--wait-timeout)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting", e);
    }
  }

  /** A whole-number argument, or a usage error naming the usage. */
  static int number(ParsedLine line, int index, String usage) throws UsageError {
    try {
      return Integer.parseInt(line.arg(index));
    } catch (NumberFormatException e) {
      throw new UsageError("'" + line.arg(index) + "' is not a whole number; usage: " + usage);
    }
  }
}
