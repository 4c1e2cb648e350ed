package org.demarche.game;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Info;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Session;
import org.demarche.review.GameRecord;

/**
 * Runs one game: its serial executor, its clock, its journal and its outbox. Each task on the
 * executor is a step: the clock is read once, the game acts, what changed goes to the journal,
 * and what the game said goes out once the journal has it on disk. Replaying a journal runs the
 * same steps with the journal's clock and tokens, and checks that each resolved turn comes out
 * with the hash on record.
 */
final class GameHost implements Game.Host {
  private static final System.Logger LOG = System.getLogger(GameHost.class.getName());

  /** Stands for the connections of a replay: it hears nothing and is forgotten afterwards. */
  private static final Session REPLAYER = new Session() {
    @Override
    public String id() {
      return "replay";
    }

    @Override
    public void push(Push push) {}
  };

  /** The server's index of resume tokens; thread-safe. */
  interface Tokens {
    void issued(String token, String gameId);

    void revoked(String token);
  }

  final String id;
  final SerialExecutor executor;
  final Game game;
  private final TimeSource time;
  private final Codes codes;
  private final Tokens tokens;
  private final StepClock clock = new StepClock();
  private final ReplayGate gate;
  private final Outbox outbox = new Outbox();
  private final GameLog log;
  private final List<JournalEntry> produced = new ArrayList<>();
  private JournalEntry trigger;
  private String recordedToken;
  private volatile boolean unsaved;
  /** A recovered game's opening is on disk already; {@link #open} replaces this. */
  private volatile CompletionStage<Boolean> openingSaved = CompletableFuture.completedFuture(true);
  /** What lists show, refreshed after every step so that no other thread reads the game. */
  volatile Info.Game summary;

  GameHost(String id, GameSettings settings, String joinCode, String observerCode,
      GameRecord.Branch branch, Dependencies deps, GameLog log, boolean replaying) {
    this.id = id;
    this.executor = new SerialExecutor(id, deps.threads(), GameServer.INBOX);
    this.time = deps.time();
    this.codes = deps.codes();
    this.tokens = deps.tokens();
    this.gate = new ReplayGate(deps.scheduler(), !replaying);
    this.log = log;
    this.clock.set(time.nowMillis());
    this.game = new Game(id, settings, joinCode, observerCode, this, clock, gate,
        this::internal, branch);
    this.summary = game.summary();
    outbox.silence(replaying);
    log.listen(new GameLog.Listener() {
      @Override
      public void durable(long sequence) {
        outbox.durable(sequence);
      }

      @Override
      public void failed(Exception cause) {
        unsaved = true;
        outbox.failed();
      }
    });
  }

  /** What every host of a server shares. */
  record Dependencies(
      Executor threads, TimeSource time, Scheduler scheduler, Codes codes, Tokens tokens) {}

  // ---------------------------------------------------------------------------------------------
  // Steps

  /**
   * Runs a request as one step on the executor.
   *
   * @param run authorization and the handler
   * @param reply completed once the step is durable
   */
  void request(Principal principal, Request request, Supplier<Outcome> run,
      Consumer<Outcome> reply) {
    clock.set(time.nowMillis());
    if (unsaved && request instanceof Request.ChangesGame) {
      reply.accept(new Outcome(notSaved(), principal));
      return;
    }
    Outcome outcome = run.get();
    JournalEntry.Command command = accepted(request, outcome)
        ? new JournalEntry.Command(clock.nowMillis(), principal, request, issuedToken(outcome))
        : null;
    long sequence = write(command);
    outbox.seal(sequence, saved -> reply.accept(saved ? outcome
        : new Outcome(notSaved(), outcome.principal())));
    summary = game.summary();
  }

  /**
   * Queues the first step of a new game, which waits for its journal's opening to be on disk;
   * before any other step.
   */
  void open() {
    CompletableFuture<Boolean> saved = new CompletableFuture<>();
    openingSaved = saved;
    executor.execute(() -> outbox.seal(log.lastSequence(), saved::complete));
  }

  /**
   * Whether the opening of the game's journal is on disk, once it is; {@code false} if it never
   * will be (the game then refuses every change, as after any failure of its journal).
   */
  CompletionStage<Boolean> openingSaved() {
    return openingSaved;
  }

  /** Runs one of the game's own tasks (a timer, a disconnect) as a step, guarded. */
  void internal(Runnable task) {
    internal(task, () -> {});
  }

  /** As {@link #internal(Runnable)}; {@code delivered} runs once what the task said went out. */
  void internal(Runnable task, Runnable delivered) {
    executor.execute(() -> {
      clock.set(time.nowMillis());
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "game " + id + ": an internal task failed; the game goes on", e);
      } finally {
        outbox.seal(write(null), saved -> delivered.run());
        summary = game.summary();
      }
    });
  }

  /** Marks the clock in the journal while the turn timer runs; a step of its own. */
  void markClock() {
    internal(() -> {
      if (game.timerRunning()) {
        trigger = new JournalEntry.ClockMark(clock.nowMillis());
      }
    });
  }

  /** Writes the step's entries, the trigger first; the sequence to wait for. */
  private long write(JournalEntry.Command command) {
    List<JournalEntry> entries = new ArrayList<>();
    if (command != null) {
      entries.add(command);
    } else if (trigger != null) {
      entries.add(trigger);
    }
    entries.addAll(produced);
    trigger = null;
    produced.clear();
    return entries.isEmpty() ? 0 : log.append(entries);
  }

  /** Whether a request changed the game, so that the journal must have it. */
  private static boolean accepted(Request request, Outcome outcome) {
    return request instanceof Request.ChangesGame && !(outcome.result() instanceof Result.Rejected);
  }

  private static String issuedToken(Outcome outcome) {
    return outcome.result() instanceof Result.GameSession session ? session.resumeToken() : "";
  }

  private static Result.Rejected notSaved() {
    return Result.rejected(ErrorKind.INTERNAL, "the server cannot save this game (its journal"
        + " failed to write); the change was not kept. Tell the instructor: the log says why");
  }

  // ---------------------------------------------------------------------------------------------
  // Replay

  /**
   * Replays a journal through the same steps as live play, then goes live: the timer resumes
   * with the time it had left at the last entry. Before the host is shared; caller's thread.
   *
   * @param handle authorization and the handler, as for live requests
   * @throws ReplayException when the replay diverges from the journal
   */
  void replay(List<JournalEntry> entries, Handler handle) throws ReplayException {
    List<JournalEntry> expected = new ArrayList<>();
    int position = 0;
    for (JournalEntry entry : entries) {
      position++;
      clock.set(entry.timeMillis());
      if (entry instanceof JournalEntry.TurnResolved resolved) {
        if (expected.isEmpty()) {
          throw new ReplayException(position, "turn " + resolved.turn()
              + " was resolved here, but the replay did not resolve it");
        }
        JournalEntry.TurnResolved mine = (JournalEntry.TurnResolved) expected.remove(0);
        if (mine.turn() != resolved.turn() || mine.stateHash() != resolved.stateHash()) {
          throw new ReplayException(position, "turn " + resolved.turn() + " comes out with state"
              + " hash " + Long.toHexString(mine.stateHash()) + ", not "
              + Long.toHexString(resolved.stateHash()) + " as on record");
        }
        continue;
      }
      if (!expected.isEmpty()) {
        throw new ReplayException(position, "the replay resolved turn "
            + ((JournalEntry.TurnResolved) expected.get(0)).turn() + " but the journal did not");
      }
      if (entry instanceof JournalEntry.Command command) {
        recordedToken = command.issuedToken();
        Outcome outcome = handle.handle(REPLAYER, command.actor(), command.request());
        recordedToken = null;
        if (outcome.result() instanceof Result.Rejected rejected) {
          throw new ReplayException(position, command.request().getClass().getSimpleName()
              + " was accepted live but is refused in the replay: " + rejected.message());
        }
      } else if (entry instanceof JournalEntry.TimerExpired expired) {
        game.expire(expired.turn());
        if (trigger == null) {
          throw new ReplayException(position, "the timer of turn " + expired.turn()
              + " expired here, but the replayed game had no such timer running");
        }
      }
      expected.addAll(produced);
      trigger = null;
      produced.clear();
    }
    // A crash between a command and the resolution it caused leaves the resolution unwritten:
    // the replay has produced it again, and the journal gets it now.
    if (!expected.isEmpty()) {
      log.append(expected);
    }
    gate.open();
    game.recovered(REPLAYER, () -> clock.set(time.nowMillis()));
    outbox.silence(false);
    summary = game.summary();
  }

  /** Authorization and handler of one request, as the server runs them. */
  @FunctionalInterface
  interface Handler {
    Outcome handle(Session session, Principal principal, Request request);
  }

  /** A replay that does not come out as the journal says. */
  static final class ReplayException extends Exception {
    ReplayException(int entry, String message) {
      super("entry " + entry + " after the opening: " + message);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Game.Host

  @Override
  public String token() {
    return recordedToken != null ? recordedToken : codes.token();
  }

  @Override
  public void issued(String token, String gameId) {
    tokens.issued(token, gameId);
  }

  @Override
  public void revoked(String token) {
    tokens.revoked(token);
  }

  @Override
  public void triggered(JournalEntry entry) {
    trigger = entry;
  }

  @Override
  public void produced(JournalEntry entry) {
    produced.add(entry);
  }

  @Override
  public void push(Session session, Push push) {
    outbox.push(session, push);
  }

  /** Closes the journal once what is queued is written. */
  void close() {
    log.close();
  }
}
