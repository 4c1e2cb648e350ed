package org.demarche.client.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.demarche.client.ExitCode;
import org.demarche.client.net.Connection;
import org.demarche.client.net.RequestFailed;
import org.demarche.client.net.Requester;
import org.demarche.client.render.JsonLines;
import org.demarche.client.render.Prompt;
import org.demarche.client.render.PushText;
import org.demarche.client.render.Style;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;

/**
 * The client's session without its terminal: runs command lines against a {@link Requester},
 * keeps the {@link ClientState} up to date with replies and pushes, and prints through an
 * {@link Output}. The interactive prompt and script mode both drive it, and so can a test, in
 * process, with any streams.
 *
 * <p>{@link #execute} and {@link #runScript} run on one command thread; the {@link
 * Connection.Listener} methods run on the connection's reader thread.
 */
public final class Client implements Connection.Listener {
  /**
   * How the client prints, how long its waits last, the folder that relative file names (a
   * saved report) are taken from, and the flags that reach this server, for the join commands
   * a new game's codes are shown with (empty for the default server without TLS).
   */
  public record Options(boolean json, Style style, Duration waitTimeout, Path workDir,
      String reachFlags) {}

  /** Asks the person at the keyboard a question; absent in scripts, where nothing is asked. */
  @FunctionalInterface
  public interface Asker {
    /**
     * The line typed after a prompt, stripped. Command thread.
     *
     * @throws IOException when the person cancels (Ctrl-C, Ctrl-D): the command is not run
     */
    String readLine(String prompt) throws IOException;

    /** The answer, or the default when the answer is blank. Command thread. */
    default String ask(String question, String defaultAnswer) throws IOException {
      String answer = readLine(question + " [" + defaultAnswer + "]: ");
      return answer.isEmpty() ? defaultAnswer : answer;
    }

    /** Whether the answer to a question whose default is no is yes. Command thread. */
    default boolean confirm(String question) throws IOException {
      String answer = readLine(question + " [y/N] ").toLowerCase(Locale.ROOT);
      return "y".equals(answer) || "yes".equals(answer);
    }
  }

  private final ClientState state;
  private final Output output;
  private final Options options;
  private final CommandCatalog catalog = new CommandCatalog();
  private Requester requester;
  private Asker asker;
  /** Pushes from this number on may satisfy the next wait; see {@link #startsCommand}. */
  private long waitFrom;

  /** A client for a role; attach a connection before running commands. */
  public Client(Role role, Output output, Options options) {
    this.state = new ClientState(role, System::nanoTime);
    this.output = output;
    this.options = options;
    // Every role's commands are known, so a player typing 'start' hears whose command it is.
    CommonCommands.register(this, catalog);
    PlayerCommands.register(this, catalog);
    InstructorCommands.register(this, catalog);
    ReportCommand.register(this, catalog);
  }

  /** Uses a connection (or any requester) from now on, and takes in its identity reply. */
  public void attach(Requester connection, ServerMessage identityReply) {
    this.requester = connection;
    state.absorb(identityReply);
  }

  /** Lets {@code create} ask questions; only for a person at a terminal. Command thread. */
  public void setAsker(Asker asker) {
    this.asker = asker;
  }

  public ClientState state() {
    return state;
  }

  public CommandCatalog catalog() {
    return catalog;
  }

  /**
   * Runs one command line and prints its answer or its error. Blank lines and comments do nothing.
   * Command thread.
   */
  public Outcome execute(String line) {
    ParsedLine parsed;
    try {
      parsed = ParsedLine.parse(line);
      if (parsed.isEmpty()) {
        return Outcome.OK;
      }
      CommandSpec spec = catalog.resolve(parsed, state.role());
      startsCommand(spec);
      return spec.handler().run(parsed);
    } catch (UsageError e) {
      fail("usage", e.getMessage());
      return Outcome.USAGE;
    } catch (RequestFailed e) {
      if (options.json()) {
        output.print(JsonLines.of(e.reply()));
      }
      output.warn("error: " + e.getMessage());
      return Outcome.FAILED;
    } catch (IOException e) {
      fail("failed", e.getMessage());
      return Outcome.FAILED;
    }
  }

  /**
   * Runs commands line by line until the end, {@code quit}, or the first failure (unless
   * {@code keepGoing}), and returns the exit code: the worst outcome seen. Command thread.
   */
  public int runScript(BufferedReader in, boolean keepGoing) throws IOException {
    int exit = ExitCode.OK;
    int number = 0;
    String line;
    while ((line = in.readLine()) != null) {
      number++;
      Outcome outcome = execute(line);
      if (outcome == Outcome.QUIT) {
        break;
      }
      if (outcome == Outcome.OK) {
        continue;
      }
      int code = outcome == Outcome.USAGE ? ExitCode.USAGE : ExitCode.FAILED;
      exit = Math.max(exit, code);
      if (!keepGoing) {
        output.warn("stopped at line " + number + ": " + line.strip()
            + " (--keep-going runs the rest)");
        break;
      }
    }
    return exit;
  }

  /**
   * Fetches what the prompt and completion need before the first command: the team view, or the
   * scenarios for the instructor. Returns why it could not (in the lobby there is no view yet).
   * Command thread.
   */
  public Optional<String> prime() {
    ClientMessage.Builder request = state.role() == Role.INSTRUCTOR
        ? ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance())
        : ClientMessage.newBuilder().setGetView(GetView.newBuilder().setTeamId(state.observedTeam()));
    try {
      call(request);
      return Optional.empty();
    } catch (RequestFailed | IOException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The prompt for the current state. Any thread. */
  public String prompt() {
    String who;
    switch (state.role()) {
      case INSTRUCTOR:
        who = state.currentGame().isEmpty() ? "instructor" : "instructor:" + state.currentGame();
        break;
      case OBSERVER:
        String team = state.observedTeam().isEmpty()
            ? state.view().map(v -> v.getTeamId()).orElse("")
            : state.observedTeam();
        who = team.isEmpty() ? "observer" : "observe:" + team;
        break;
      default:
        who = state.session().getTeamId().isEmpty() ? "lobby" : state.session().getTeamId();
        break;
    }
    return Prompt.render(who, state.phase(), state.turn(), state.turnLabel(),
        state.millisLeftNow(), state.locked(), options.style());
  }

  /** Completion candidates for the word at {@code index} of a partly typed line. Any thread. */
  public List<String> complete(List<String> words, int index) {
    return Completions.candidates(catalog, state, words, index);
  }

  @Override
  public void push(ServerMessage push) {
    // Runs on the connection's reader thread: a push this client fails to show is reported and
    // skipped, because if the thread died every later reply would time out.
    try {
      state.absorb(push);
      if (options.json()) {
        output.printAbove(JsonLines.of(push));
      } else {
        String text = PushText.render(push, options.style());
        if (!text.isEmpty()) {
          output.printAbove(text);
        }
      }
    } catch (RuntimeException e) {
      output.warn("could not show a " + push.getBodyCase() + " from the server (" + e
          + "); the session goes on");
    }
    state.logPush(push);
  }

  @Override
  public void linkChanged(Connection.LinkEvent event, String sentence) {
    state.linkChanged(event != Connection.LinkEvent.RECONNECTED,
        event == Connection.LinkEvent.GAVE_UP ? sentence : null);
    if (options.json()) {
      output.printAbove(JsonLines.event(event.name().toLowerCase(Locale.ROOT), sentence));
    } else {
      output.printAbove(options.style().yellow(sentence));
    }
  }

  // ---- for the command classes of this package; all on the command thread ----

  /** Sends a request, takes its reply into the state, and returns it. */
  ServerMessage call(ClientMessage.Builder request) throws RequestFailed, IOException {
    if (requester == null) {
      throw new IOException("not connected");
    }
    ServerMessage reply = requester.call(request);
    state.absorb(reply);
    return reply;
  }

  /** Prints a reply: its JSON with {@code --json}, else the text made from it. */
  void show(ServerMessage reply, Supplier<String> text) {
    output.print(options.json() ? JsonLines.of(reply) : text.get());
  }

  /** Prints the client's own words; with {@code --json} they go to standard error. */
  void note(String text) {
    if (options.json()) {
      output.warn(text.stripTrailing());
    } else {
      output.print(text);
    }
  }

  /** Sends a request that answers Ack and tells what was done. */
  Outcome act(ClientMessage.Builder request, String done) throws RequestFailed, IOException {
    ServerMessage reply = call(request);
    show(reply, () -> done + "\n");
    return Outcome.OK;
  }

  Style style() {
    return options.style();
  }

  /** The flags that reach this server, for the join commands shown with a new game's codes. */
  String reachFlags() {
    return options.reachFlags();
  }

  /** Whether replies print as JSON ({@code --json}). */
  boolean json() {
    return options.json();
  }

  /** The folder relative file names are taken from. */
  Path workDir() {
    return options.workDir();
  }

  Duration waitTimeout() {
    return options.waitTimeout();
  }

  Optional<Asker> asker() {
    return Optional.ofNullable(asker);
  }

  /** Where the next wait starts looking; moved past a push a wait matched. */
  long waitFrom() {
    return waitFrom;
  }

  void waitMatched(long sequence) {
    waitFrom = sequence + 1;
  }

  /**
   * Every command but {@code wait} moves the start of the next wait to now, so {@code advance}
   * then {@code wait report} sees a report that arrived between the two lines.
   */
  private void startsCommand(CommandSpec spec) {
    if (!"wait".equals(spec.name())) {
      waitFrom = state.nextSequence();
    }
  }

  private void fail(String event, String sentence) {
    if (options.json()) {
      output.print(JsonLines.event(event, sentence));
    }
    output.warn("error: " + sentence);
  }
}
