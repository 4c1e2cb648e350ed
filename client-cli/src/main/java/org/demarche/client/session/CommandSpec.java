package org.demarche.client.session;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.demarche.client.net.RequestFailed;
import org.demarche.proto.v1.Role;

/**
 * One command of the prompt: its name, who may use it, its usage line, a summary, how many
 * arguments it takes, what each argument is (for completion) and the code that runs it.
 *
 * <p>Immutable; any thread.
 */
public record CommandSpec(
    String name,
    Set<Role> roles,
    String usage,
    String summary,
    int minArgs,
    int maxArgs,
    List<ArgKind> argKinds,
    Handler handler) {

  /** No upper bound on the number of arguments (free text). */
  public static final int ANY = Integer.MAX_VALUE;

  /** What an argument names, so completion knows what to offer. */
  public enum ArgKind {
    ACTION,
    DRAFT_ACTION,
    TEAM,
    PARTICIPANT,
    PROPOSAL,
    DILEMMA,
    OPTION,
    EVENT,
    GAME,
    SCENARIO,
    VARIABLE,
    WAIT_WHAT,
    REPORT_OPTION,
    HISTORY_OPTION,
    COMMAND,
    FREE
  }

  /** Runs a parsed line; the caller reports failures. Runs on the command thread. */
  @FunctionalInterface
  public interface Handler {
    Outcome run(ParsedLine line) throws RequestFailed, IOException, UsageError;
  }

  public CommandSpec {
    roles = Set.copyOf(roles);
    argKinds = List.copyOf(argKinds);
  }

  /** A command named by the first word of its usage line. */
  public static CommandSpec of(
      String usage, String summary, Set<Role> roles, int minArgs, int maxArgs,
      List<ArgKind> argKinds, Handler handler) {
    return new CommandSpec(usage.split(" ", 2)[0], roles, usage, summary, minArgs, maxArgs,
        argKinds, handler);
  }

  /** Checks the number of arguments; the error names the usage. */
  public void checkArity(ParsedLine line) throws UsageError {
    int count = line.args().size();
    if (count < minArgs || count > maxArgs) {
      throw new UsageError("usage: " + usage);
    }
  }

  /** What the argument at an index names; FREE past the declared ones. */
  public ArgKind argKind(int index) {
    return index < argKinds.size() ? argKinds.get(index) : ArgKind.FREE;
  }
}
