package org.demarche.game;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.GameService;
import org.demarche.game.api.Info;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.game.api.SeatKind;
import org.demarche.game.api.Session;
import org.demarche.review.GameRecord;

/**
 * The game layer's front door: holds the scenario catalog and the games, finds the game a request
 * is about, and runs the request on that game's serial executor, where {@link Authorization}
 * checks it before any handler. Thread-safe and non-blocking: any thread may call it, typically
 * the net layer's I/O threads.
 */
public final class GameServer implements GameService {
  /** Requests a game may hold before it answers "busy". */
  static final int INBOX = 1024;

  private static final System.Logger LOG = System.getLogger(GameServer.class.getName());

  /** How often a running turn timer marks the clock in the journal. */
  static final long CLOCK_MARK_MILLIS = 5_000;

  private final Map<String, Scenario> catalog;
  private final byte[] keyDigest;
  private final Scheduler scheduler;
  private final Codes codes;
  private final GameStore store;
  private final GameHost.Dependencies hosts;
  private final Map<String, GameHost> games = new ConcurrentHashMap<>();
  /** Creation order, for lists: never the hash order of {@link #games}. */
  private final List<GameHost> created = new CopyOnWriteArrayList<>();
  /** Join and observer codes, normalised, to the game and the role they admit to. */
  private final Map<String, Admission> admissions = new ConcurrentHashMap<>();
  /** Resume tokens to game ids; each game keeps its own entries current. */
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Set<Session> instructors = ConcurrentHashMap.newKeySet();
  private final AtomicInteger gameCount = new AtomicInteger();
  private volatile boolean closed;

  private record Admission(String gameId, Role role) {}

  /**
   * @param catalog the loaded scenarios by id, in file order
   * @param instructorKey the secret the instructor logs in with
   * @param threads shared by every game's serial executor
   */
  public GameServer(Map<String, Scenario> catalog, String instructorKey, TimeSource time,
      Scheduler scheduler, Codes codes, Executor threads) {
    this(catalog, instructorKey, time, scheduler, codes, threads, GameStore.MEMORY);
  }

  /**
   * @param store where games are journaled; {@link #recover} brings back the games it holds
   */
  public GameServer(Map<String, Scenario> catalog, String instructorKey, TimeSource time,
      Scheduler scheduler, Codes codes, Executor threads, GameStore store) {
    this.catalog = new LinkedHashMap<>(catalog);
    this.keyDigest = digest(instructorKey);
    this.scheduler = scheduler;
    this.codes = codes;
    this.store = store;
    GameHost.Tokens index = new GameHost.Tokens() {
      @Override
      public void issued(String token, String gameId) {
        tokens.put(token, gameId);
      }

      @Override
      public void revoked(String token) {
        tokens.remove(token);
      }
    };
    this.hosts = new GameHost.Dependencies(threads, time, scheduler, codes, index);
  }

  @Override
  public CompletionStage<Outcome> handle(Session session, Principal principal, Request request) {
    if (closed) {
      return CompletableFuture.completedFuture(new Outcome(Result.rejected(
          ErrorKind.FAILED_PRECONDITION, "the server is shutting down"), principal));
    }
    GameHost entry = target(principal, request);
    if (entry == null) {
      CompletableFuture<Outcome> reply = new CompletableFuture<>();
      completeOnceOpened(guarded(null, session, principal, request, null), reply);
      return reply;
    }
    GameHost parent = reviewParent(entry, request);
    if (parent != null) {
      return besideParent(entry, parent, session, principal, request);
    }
    CompletableFuture<Outcome> reply = new CompletableFuture<>();
    boolean queued = entry.executor.offer(() -> entry.request(principal, request,
        () -> guarded(entry, session, principal, request, null),
        outcome -> completeOnceOpened(outcome, reply)));
    if (!queued) {
      reply.complete(busy(principal));
    }
    return reply;
  }

  /**
   * Completes {@code reply} with {@code outcome}; for a game created (or forked), only once its
   * journal's opening is on disk, since a game announced before could vanish in a crash.
   */
  private void completeOnceOpened(Outcome outcome, CompletableFuture<Outcome> reply) {
    GameHost opened = outcome.result() instanceof Result.GameCreated created
        ? games.get(created.gameId()) : null;
    if (opened == null) {
      reply.complete(outcome);
      return;
    }
    opened.openingSaved().thenAccept(saved -> reply.complete(saved ? outcome
        : new Outcome(Result.rejected(ErrorKind.INTERNAL, "the server cannot save the new game "
            + opened.id + " (its journal failed to write), so it refuses every change; delete it"
            + " and tell whoever runs the server: the log says why"), outcome.principal())));
  }

  /** The game a request is about, or null when it is about none or names an unknown one. */
  private GameHost target(Principal principal, Request request) {
    if (principal instanceof Principal.Player || principal instanceof Principal.Observer) {
      return gameOf(principal);
    }
    String gameId = null;
    if (request instanceof Request.JoinGame join) {
      gameId = admitted(join.code(), Role.PLAYER);
    } else if (request instanceof Request.ObserveGame observe) {
      gameId = admitted(observe.observerCode(), Role.OBSERVER);
    } else if (request instanceof Request.ResumeSession resume && resume.resumeToken() != null) {
      gameId = tokens.get(resume.resumeToken());
    } else if (request instanceof Request.InGame inGame) {
      gameId = inGame.gameId();
    }
    return gameId == null ? null : games.get(gameId);
  }

  /** A player's or observer's game, or null when it is gone or the principal has none. */
  private GameHost gameOf(Principal principal) {
    if (principal instanceof Principal.Player player) {
      return games.get(player.gameId());
    }
    if (principal instanceof Principal.Observer observer) {
      return games.get(observer.gameId());
    }
    return null;
  }

  private String admitted(String code, Role role) {
    Admission admission = code == null ? null : admissions.get(Codes.normalize(code));
    return admission != null && admission.role() == role ? admission.gameId() : null;
  }

  /** The live parent of a fork whose review is asked for, or null. */
  private GameHost reviewParent(GameHost entry, Request request) {
    if (!(request instanceof Request.GetReport || request instanceof Request.GameReport)) {
      return null;
    }
    GameRecord.Branch branch = entry.game.branch();
    return branch.isFork() ? games.get(branch.parentGameId()) : null;
  }

  /**
   * A fork's review beside its parent's: the parent's record is read on the parent's executor,
   * then the review is made on the fork's, so that neither game is read by another thread.
   */
  private CompletionStage<Outcome> besideParent(GameHost fork, GameHost parent, Session session,
      Principal principal, Request request) {
    CompletableFuture<Outcome> reply = new CompletableFuture<>();
    parent.internal(() -> {
      GameRecord parentRecord = parent.game.record();
      boolean queued = fork.executor.offer(() -> fork.request(principal, request,
          () -> guarded(fork, session, principal, request, parentRecord), reply::complete));
      if (!queued) {
        reply.complete(busy(principal));
      }
    });
    return reply;
  }

  private static Outcome busy(Principal principal) {
    return new Outcome(Result.rejected(ErrorKind.RESOURCE_EXHAUSTED,
        "the game is busy; try again"), principal);
  }

  /**
   * One request, start to finish: authorization, then its handler, in a try.
   *
   * @param parent for a fork's review, its parent's record; null otherwise
   */
  private Outcome guarded(GameHost entry, Session session, Principal principal, Request request,
      GameRecord parent) {
    try {
      Game game = entry == null ? null : entry.game;
      Result.Rejected denied = Authorization.check(principal, request, game);
      if (denied != null) {
        return new Outcome(denied, principal);
      }
      if (game == null) {
        return outsideGames(session, principal, request);
      }
      if (request instanceof Request.ForkGame fork) {
        return new Outcome(fork(entry, fork.turn(), session), principal);
      }
      if (request instanceof Request.ArchiveGame || request instanceof Request.DeleteGame) {
        return new Outcome(retire(entry, request instanceof Request.DeleteGame), principal);
      }
      if (request instanceof Request.GetReport report) {
        return new Outcome(game.report(principal, report.format(), parent), principal);
      }
      if (request instanceof Request.GameReport report) {
        return new Outcome(game.report(null, report.format(), parent), principal);
      }
      return game.handle(session, principal, request);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "game " + (entry == null ? "-" : entry.id) + ": "
          + request.getClass().getSimpleName() + " from " + session.id() + " as " + principal
          + " failed", e);
      return new Outcome(Result.rejected(ErrorKind.INTERNAL,
          "the server failed on this request; it is logged and the game goes on"), principal);
    }
  }

  /** Requests about no game, and requests naming a game, code or token that is not there. */
  private Outcome outsideGames(Session session, Principal principal, Request request) {
    if (request instanceof Request.InstructorLogin login) {
      return login(session, login);
    }
    if (request instanceof Request.ListScenarios) {
      return new Outcome(scenarios(), principal);
    }
    if (request instanceof Request.ListGames) {
      List<Info.Game> list = new ArrayList<>();
      for (GameHost entry : created) {
        // A co-instructor sees the one game it runs.
        if (!(principal instanceof Principal.GameInstructor own) || own.gameId().equals(entry.id)) {
          list.add(entry.summary);
        }
      }
      return new Outcome(new Result.GameList(list), principal);
    }
    if (request instanceof Request.CreateGame create) {
      return new Outcome(create(session, create), principal);
    }
    if (request instanceof Request.JoinGame || request instanceof Request.ObserveGame) {
      return new Outcome(Result.rejected(ErrorKind.NOT_FOUND,
          "no game has this code; check it with your instructor"), principal);
    }
    if (request instanceof Request.ResumeSession) {
      return new Outcome(Result.rejected(ErrorKind.UNAUTHENTICATED,
          "this resume token is not valid; join the game again"), principal);
    }
    if (request instanceof Request.InGame inGame) {
      List<String> ids = new ArrayList<>();
      for (GameHost entry : created) {
        ids.add(entry.id);
      }
      return new Outcome(Names.unknown(ErrorKind.NOT_FOUND, "game", inGame.gameId(), ids),
          principal);
    }
    throw new AssertionError(request.getClass().getSimpleName()
        + " outside a game after authorization is a bug");
  }

  private Outcome login(Session session, Request.InstructorLogin login) {
    String key = login.key() == null ? "" : login.key();
    // Digests have one length, so the comparison takes the same time whatever the key sent.
    if (MessageDigest.isEqual(keyDigest, digest(key))) {
      instructors.add(session);
      return new Outcome(new Result.InstructorSession(created.size(), ""), Principal.INSTRUCTOR);
    }
    String gameId = admitted(key, Role.INSTRUCTOR);
    GameHost entry = gameId == null ? null : games.get(gameId);
    if (entry == null) {
      return new Outcome(Result.rejected(ErrorKind.UNAUTHENTICATED,
          "wrong instructor key or instructor code"), Principal.ANONYMOUS);
    }
    instructors.add(session);
    entry.internal(() -> entry.game.watch(session));
    return new Outcome(new Result.InstructorSession(1, gameId),
        new Principal.GameInstructor(gameId));
  }

  private Result scenarios() {
    List<Info.Scenario> list = new ArrayList<>();
    for (Map.Entry<String, Scenario> entry : catalog.entrySet()) {
      Scenario s = entry.getValue();
      List<Info.Team> teams = new ArrayList<>();
      for (Team team : s.teams()) {
        teams.add(new Info.Team(team.id(), team.name(), team.autopilot()));
      }
      List<Info.Event> injects = new ArrayList<>();
      for (Event event : s.events()) {
        if (event.trigger().type() == Event.Type.INJECT) {
          injects.add(new Info.Event(event.id(), event.title(), event.text()));
        }
      }
      list.add(new Info.Scenario(entry.getKey(), s.metadata().title(), s.metadata().version(),
          s.metadata().description(), s.calendar().unit().name().toLowerCase(Locale.ROOT),
          s.calendar().start(), s.calendar().defaultTurns(), s.calendar().maxTurns(), teams,
          injects));
    }
    return new Result.ScenarioList(list);
  }

  private Result create(Session session, Request.CreateGame create) {
    Checked<GameSettings> settings = GameSettings.of(create, catalog, codes);
    if (settings.failed()) {
      return settings.error();
    }
    return open(settings.value(), resolved(create, settings.value()), JournalEntry.Fork.NONE,
        session);
  }

  /** The request with every default the settings resolved: what the journal keeps. */
  private static Request.CreateGame resolved(Request.CreateGame create, GameSettings settings) {
    return new Request.CreateGame(create.scenarioId(), create.humanTeamIds(),
        create.idleTeamIds(), settings.seed(), settings.turns(), settings.turnSeconds(),
        settings.effectDetail());
  }

  /** Opens a new game, journaled from its first moment; a fork plays its inheritance first. */
  private Result open(GameSettings settings, Request.CreateGame create, JournalEntry.Fork fork,
      Session session) {
    String id = "g" + gameCount.incrementAndGet();
    String joinCode = reserveCode(id, Role.PLAYER);
    String observerCode = reserveCode(id, Role.OBSERVER);
    String instructorCode = reserveCode(id, Role.INSTRUCTOR);
    JournalEntry.Opened opened = new JournalEntry.Opened(hosts.time().nowMillis(), id, create,
        joinCode, observerCode, instructorCode, fork);
    GameLog log;
    try {
      log = store.create(opened, settings.scenario());
    } catch (IOException e) {
      LOG.log(Level.ERROR, "game " + id + ": its journal cannot be created", e);
      releaseCodes(id);
      return Result.rejected(ErrorKind.INTERNAL, "the server cannot save a new game ("
          + e.getMessage() + "); no game was created. The log says more");
    }
    GameHost entry = new GameHost(id, settings, joinCode, observerCode,
        new GameRecord.Branch(fork.parentGameId(), fork.turn()), hosts, log, false);
    if (fork.isFork()) {
      entry.game.inherit(fork.inherited());
    }
    entry.open();
    games.put(id, entry);
    created.add(entry);
    entry.internal(() -> entry.game.watch(session));
    LOG.log(Level.INFO, "game " + id + " created from " + create.scenarioId()
        + (fork.isFork() ? ", forked from " + fork.parentGameId() + " at turn " + fork.turn()
            : ""));
    return new Result.GameCreated(id, joinCode, observerCode, instructorCode);
  }

  /** A what-if game from {@code parent} as it stood at the start of {@code turn}. */
  private Result fork(GameHost parent, int turn, Session session) {
    Game game = parent.game;
    GameSettings settings = game.settings();
    int reached = Math.min(game.summary().turn() + 1, settings.turns());
    if (turn < 1 || turn > reached) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT,
          "a fork starts at a turn the game has reached: 1 to " + reached + ", got " + turn);
    }
    Request.CreateGame create = new Request.CreateGame(settings.scenarioId(),
        seated(settings, SeatKind.HUMAN), seated(settings, SeatKind.IDLE), settings.seed(),
        settings.turns(), settings.turnSeconds(), settings.effectDetail());
    return open(settings, create,
        new JournalEntry.Fork(parent.id, turn, game.historyBefore(turn)), session);
  }

  private static List<String> seated(GameSettings settings, SeatKind kind) {
    List<String> teams = new ArrayList<>();
    for (int t = 0; t < settings.seats().size(); t++) {
      if (settings.seats().get(t) == kind) {
        teams.add(settings.scenario().teams().get(t).id());
      }
    }
    return teams;
  }

  /** Archives an ended game, or deletes any game: it leaves the list and its codes stop working. */
  private Result retire(GameHost entry, boolean delete) {
    if (!delete && entry.game.summary().phase() != Phase.ENDED) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION, "only an ended game can be archived;"
          + " end it first (control END), or delete it");
    }
    try {
      entry.close();
      if (delete) {
        store.delete(entry.id);
      } else {
        store.archive(entry.id);
      }
    } catch (IOException e) {
      LOG.log(Level.ERROR, "game " + entry.id + ": its journal could not be "
          + (delete ? "deleted" : "archived"), e);
      return Result.rejected(ErrorKind.INTERNAL, "the journal of " + entry.id + " could not be "
          + (delete ? "deleted" : "archived") + " (" + e.getMessage() + ")");
    }
    games.remove(entry.id);
    created.remove(entry);
    releaseCodes(entry.id);
    tokens.values().removeIf(entry.id::equals);
    LOG.log(Level.INFO, "game " + entry.id + (delete ? " deleted" : " archived"));
    return Result.ACK;
  }

  private void releaseCodes(String gameId) {
    admissions.values().removeIf(a -> a.gameId().equals(gameId));
  }

  /**
   * Brings back every game the store holds, replaying each journal through the same steps as live
   * play. A game that cannot be replayed is set aside with the reason; the others load. Call once,
   * before the server takes requests.
   *
   * @return how many games came back
   */
  public int recover() {
    int recovered = 0;
    for (GameStore.StoredGame stored : store.load()) {
      String id = stored.opened().gameId();
      gameCount.accumulateAndGet((int) idNumber(id), Math::max);
      try {
        recover(stored);
        recovered++;
      } catch (GameHost.ReplayException | RuntimeException e) {
        LOG.log(Level.DEBUG, "game " + id + ": replay failed", e);
        stored.log().close();
        releaseCodes(id);
        tokens.values().removeIf(id::equals);
        store.setAside(id, "its journal does not replay: " + e.getMessage());
      }
    }
    return recovered;
  }

  private void recover(GameStore.StoredGame stored) throws GameHost.ReplayException {
    JournalEntry.Opened opened = stored.opened();
    String id = opened.gameId();
    Checked<GameSettings> settings = GameSettings.of(opened.settings(),
        Map.of(opened.settings().scenarioId(), stored.scenario()), codes);
    if (settings.failed()) {
      throw new IllegalStateException("its settings no longer hold: "
          + settings.error().message());
    }
    admit(opened.joinCode(), id, Role.PLAYER);
    admit(opened.observerCode(), id, Role.OBSERVER);
    admit(opened.instructorCode(), id, Role.INSTRUCTOR);
    JournalEntry.Fork fork = opened.fork();
    GameHost entry = new GameHost(id, settings.value(), opened.joinCode(), opened.observerCode(),
        new GameRecord.Branch(fork.parentGameId(), fork.turn()), hosts, stored.log(), true);
    if (fork.isFork()) {
      entry.game.inherit(fork.inherited());
    }
    entry.replay(stored.entries(), (s, p, r) -> guarded(entry, s, p, r, null));
    games.put(id, entry);
    created.add(entry);
    LOG.log(Level.INFO, "game " + id + " recovered: " + stored.entries().size()
        + " entries replayed, turn " + entry.summary.turn() + ", " + entry.summary.phase());
  }

  private void admit(String code, String gameId, Role role) {
    if (admissions.putIfAbsent(Codes.normalize(code), new Admission(gameId, role)) != null) {
      throw new IllegalStateException("its " + role.name().toLowerCase(Locale.ROOT)
          + " code is already taken by another game");
    }
  }

  private static long idNumber(String gameId) {
    String digits = gameId.startsWith("g") ? gameId.substring(1) : "";
    try {
      return digits.isEmpty() ? 0 : Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Marks the clock of every running turn timer in the journals, now and every few seconds, so
   * that a recovered timer resumes with about the time it had left.
   */
  public void markClocks() {
    for (GameHost entry : created) {
      entry.markClock();
    }
    if (!closed) {
      scheduler.schedule(CLOCK_MARK_MILLIS, this::markClocks);
    }
  }


  /** A fresh code, unique among every game's join and observer codes. */
  private String reserveCode(String gameId, Role role) {
    // With 31^7 codes a clash is rare; a hundred clashes in a row means the generator is broken.
    for (int attempt = 0; attempt < 100; attempt++) {
      String code = codes.code();
      if (admissions.putIfAbsent(Codes.normalize(code), new Admission(gameId, role)) == null) {
        return code;
      }
    }
    throw new IllegalStateException("no free code after 100 attempts; the code source is broken");
  }

  @Override
  public void disconnected(Session session, Principal principal) {
    if (principal instanceof Principal.Instructor
        || principal instanceof Principal.GameInstructor) {
      instructors.remove(session);
      for (GameHost entry : created) {
        entry.internal(() -> entry.game.disconnected(session, principal));
      }
      return;
    }
    GameHost entry = gameOf(principal);
    if (entry != null) {
      entry.internal(() -> entry.game.disconnected(session, principal));
    }
  }

  @Override
  public CompletionStage<Void> shutdown(String message) {
    closed = true;
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    for (GameHost entry : created) {
      CompletableFuture<Void> closed = new CompletableFuture<>();
      // Queued behind the requests the game already accepted, so those are answered first;
      // done once the goodbye has gone out, after what the journal still had to write.
      entry.internal(() -> entry.game.close(message), () -> closed.complete(null));
      closing.add(closed);
    }
    for (Session session : instructors) {
      session.push(new Push.ServerClosing(message));
    }
    return CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]));
  }

  /**
   * The record of a game for its review, read on its executor; empty when there is no such game.
   * Any thread.
   */
  public CompletionStage<Optional<GameRecord>> record(String gameId) {
    GameHost entry = games.get(gameId);
    if (entry == null) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    CompletableFuture<Optional<GameRecord>> result = new CompletableFuture<>();
    entry.internal(() -> result.complete(Optional.of(entry.game.record())));
    return result;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
