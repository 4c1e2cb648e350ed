package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;

/**
 * An in-process server for tests: the tutorial scenario, a manual clock, recording sessions and
 * clients that await their replies. No sockets, no sleeping.
 */
final class Harness implements AutoCloseable {
  static final String KEY = "the-instructor-key";
  static final String TUTORIAL = "tutorial";
  private static final Scenario SCENARIO = load();

  final ManualTime time = new ManualTime();
  final ExecutorService threads = Executors.newFixedThreadPool(4);
  final GameServer server;
  final Client instructor;
  private int sessions;

  Harness() {
    this(new Codes(42));
  }

  Harness(Codes codes) {
    this(codes, GameStore.MEMORY);
  }

  /** A server that journals its games in {@code store}; recover them with {@link #recover}. */
  Harness(Codes codes, GameStore store) {
    Map<String, Scenario> catalog = new LinkedHashMap<>();
    catalog.put(TUTORIAL, SCENARIO);
    server = new GameServer(catalog, KEY, time, time, codes, threads, store);
    instructor = client("instructor");
    instructor.ok(new Request.InstructorLogin(KEY), Result.InstructorSession.class);
  }

  static Scenario scenario() {
    return SCENARIO;
  }

  /** The tutorial's text keyed by its compiled scenario, as a store needs it for new games. */
  static Map<Scenario, String> sources() {
    Map<Scenario, String> sources = new java.util.IdentityHashMap<>();
    try {
      sources.put(SCENARIO, java.nio.file.Files.readString(
          Repository.file("scenarios/tutorial.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sources;
  }

  private static Scenario load() {
    LoadResult result = ScenarioLoader.load(Repository.file("scenarios/tutorial.json"));
    if (!result.valid()) {
      throw new IllegalStateException("the tutorial does not load: " + result.errors());
    }
    return result.scenario();
  }

  /** A new anonymous connection. */
  Client client(String name) {
    return new Client(new RecordingSession(name + "#" + (++sessions)));
  }

  /** A four-turn game of the tutorial with these human teams; autopilot for the others. */
  Result.GameCreated create(List<String> humanTeams, int turnSeconds) {
    return create(humanTeams, List.of(), turnSeconds);
  }

  /** A four-turn game of the tutorial with human and idle teams; autopilot for the others. */
  Result.GameCreated create(List<String> humanTeams, List<String> idleTeams, int turnSeconds) {
    return instructor.ok(new Request.CreateGame(TUTORIAL, humanTeams, idleTeams, 7, 4,
        turnSeconds, EffectDetail.EXACT), Result.GameCreated.class);
  }

  /** A new connection joined to a game as a player of a team. */
  Client join(Result.GameCreated game, String name, String team) {
    Client c = client(name);
    c.ok(new Request.JoinGame(game.joinCode(), name, team), Result.GameSession.class);
    return c;
  }

  void control(String gameId, ControlOp op) {
    instructor.ok(new Request.ControlGame(gameId, op), Result.Ack.class);
  }

  /**
   * Waits until the game has run everything queued before now (a timer's work included), by
   * asking it something: its executor runs tasks in order.
   */
  void sync(String gameId) {
    instructor.ok(new Request.GetLobby(gameId), Result.Lobby.class);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** One connection: its session, who it speaks as, and calls that await their reply. */
  final class Client {
    final RecordingSession session;
    Principal principal = Principal.ANONYMOUS;
    /** The last identity the server gave this connection, with its resume token. */
    Result.GameSession identity;

    Client(RecordingSession session) {
      this.session = session;
    }

    Result call(Request request) {
      Outcome outcome = await(server.handle(session, principal, request));
      principal = outcome.principal();
      if (outcome.result() instanceof Result.GameSession session) {
        identity = session;
      }
      return outcome.result();
    }

    <T extends Result> T ok(Request request, Class<T> type) {
      Result result = call(request);
      return assertInstanceOf(type, result,
          () -> session.id() + ": " + request + " gave " + result);
    }

    Result.Rejected rejected(Request request, ErrorKind kind) {
      Result result = call(request);
      Result.Rejected rejected = assertInstanceOf(Result.Rejected.class, result,
          () -> session.id() + ": " + request + " should be refused, got " + result);
      assertEquals(kind, rejected.kind(), () -> request + " refused as " + rejected);
      return rejected;
    }

    void disconnect() {
      server.disconnected(session, principal);
    }
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a reply", e);
    } catch (ExecutionException e) {
      throw new AssertionError("the reply failed instead of answering", e.getCause());
    } catch (TimeoutException e) {
      return fail("no reply within 5 seconds");
    }
  }
}
