package org.demarche.game;

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
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
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

  private final Map<String, Scenario> catalog;
  private final byte[] keyDigest;
  private final TimeSource time;
  private final Scheduler scheduler;
  private final Codes codes;
  private final Executor threads;
  private final Map<String, Entry> games = new ConcurrentHashMap<>();
  /** Creation order, for lists: never the hash order of {@link #games}. */
  private final List<Entry> created = new CopyOnWriteArrayList<>();
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
    this.catalog = new LinkedHashMap<>(catalog);
    this.keyDigest = digest(instructorKey);
    this.time = time;
    this.scheduler = scheduler;
    this.codes = codes;
    this.threads = threads;
  }

  /** One game and the executor that is its single writer. */
  private final class Entry {
    final String id;
    final SerialExecutor executor;
    final Game game;
    /** What lists show, refreshed after every step so that no other thread reads the game. */
    volatile Info.Game summary;

    Entry(String id, GameSettings settings, String joinCode, String observerCode) {
      this.id = id;
      this.executor = new SerialExecutor(id, threads, INBOX);
      Game.Tokens index = new Game.Tokens() {
        @Override
        public void issued(String token, String gameId) {
          tokens.put(token, gameId);
        }

        @Override
        public void revoked(String token) {
          tokens.remove(token);
        }
      };
      this.game = new Game(id, settings, joinCode, observerCode, codes, index, time, scheduler,
          this::internal);
      this.summary = game.summary();
    }

    /** Runs one of the game's own tasks (a timer, a disconnect) on its executor, guarded. */
    void internal(Runnable task) {
      executor.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.log(Level.ERROR, "game " + id + ": an internal task failed; the game goes on", e);
        } finally {
          summary = game.summary();
        }
      });
    }
  }

  @Override
  public CompletionStage<Outcome> handle(Session session, Principal principal, Request request) {
    if (closed) {
      return CompletableFuture.completedFuture(new Outcome(Result.rejected(
          ErrorKind.FAILED_PRECONDITION, "the server is shutting down"), principal));
    }
    Entry entry = target(principal, request);
    if (entry == null) {
      return CompletableFuture.completedFuture(guarded(null, session, principal, request));
    }
    CompletableFuture<Outcome> reply = new CompletableFuture<>();
    boolean queued = entry.executor.offer(
        () -> reply.complete(guarded(entry, session, principal, request)));
    if (!queued) {
      reply.complete(new Outcome(Result.rejected(ErrorKind.RESOURCE_EXHAUSTED,
          "the game is busy; try again"), principal));
    }
    return reply;
  }

  /** The game a request is about, or null when it is about none or names an unknown one. */
  private Entry target(Principal principal, Request request) {
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
  private Entry gameOf(Principal principal) {
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

  /** One request, start to finish: authorization, then its handler, in a try. */
  private Outcome guarded(Entry entry, Session session, Principal principal, Request request) {
    try {
      Game game = entry == null ? null : entry.game;
      Result.Rejected denied = Authorization.check(principal, request, game);
      if (denied != null) {
        return new Outcome(denied, principal);
      }
      return game != null
          ? game.handle(session, principal, request)
          : outsideGames(session, principal, request);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "game " + (entry == null ? "-" : entry.id) + ": "
          + request.getClass().getSimpleName() + " from " + session.id() + " failed", e);
      return new Outcome(Result.rejected(ErrorKind.INTERNAL,
          "the server failed on this request; it is logged and the game goes on"), principal);
    } finally {
      if (entry != null) {
        entry.summary = entry.game.summary();
      }
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
      for (Entry entry : created) {
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
      for (Entry entry : created) {
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
    Entry entry = gameId == null ? null : games.get(gameId);
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
    String id = "g" + gameCount.incrementAndGet();
    String joinCode = reserveCode(id, Role.PLAYER);
    String observerCode = reserveCode(id, Role.OBSERVER);
    String instructorCode = reserveCode(id, Role.INSTRUCTOR);
    Entry entry = new Entry(id, settings.value(), joinCode, observerCode);
    games.put(id, entry);
    created.add(entry);
    entry.internal(() -> entry.game.watch(session));
    LOG.log(Level.INFO, "game " + id + " created from " + create.scenarioId());
    return new Result.GameCreated(id, joinCode, observerCode, instructorCode);
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
      for (Entry entry : created) {
        entry.internal(() -> entry.game.disconnected(session, principal));
      }
      return;
    }
    Entry entry = gameOf(principal);
    if (entry != null) {
      entry.internal(() -> entry.game.disconnected(session, principal));
    }
  }

  @Override
  public CompletionStage<Void> shutdown(String message) {
    closed = true;
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    for (Entry entry : created) {
      CompletableFuture<Void> closed = new CompletableFuture<>();
      // Queued behind the requests the game already accepted, so those are answered first.
      entry.internal(() -> {
        try {
          entry.game.close(message);
        } finally {
          closed.complete(null);
        }
      });
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
    Entry entry = games.get(gameId);
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
