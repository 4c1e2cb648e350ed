package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.junit.jupiter.api.Test;

/**
 * Every request type against every role, as a table: allowed, or refused with an exact kind.
 * Player A plays gov, player B the partner; a proposal P1 goes from gov to the partner. The
 * co-instructor logged in with this game's instructor code; the other co-instructor with another
 * game's.
 */
class AuthorizationMatrixTest {
  /** The roles of the matrix, in column order. */
  enum Who {
    ANONYMOUS,
    PLAYER_A,
    PLAYER_B,
    OBSERVER,
    INSTRUCTOR,
    CO_INSTRUCTOR,
    INSTRUCTOR_OF_OTHER_GAME
  }

  private static final ErrorKind OK = null;
  private static final ErrorKind UNAUTH = ErrorKind.UNAUTHENTICATED;
  private static final ErrorKind DENIED = ErrorKind.PERMISSION_DENIED;
  private static final ErrorKind TAKEN = ErrorKind.FAILED_PRECONDITION;

  /** One line of the table: a request and, per role, null (allowed) or the kind of refusal. */
  record Row(Request request, Map<Who, ErrorKind> expected) {}

  /** The ids a table's requests name. */
  record Ids(String gameId, String joinCode, String observerCode, String token, String proposal) {}

  private static Row row(Request request, ErrorKind anonymous, ErrorKind playerA,
      ErrorKind playerB, ErrorKind observer, ErrorKind instructor, ErrorKind coInstructor,
      ErrorKind otherInstructor) {
    Map<Who, ErrorKind> expected = new EnumMap<>(Who.class);
    expected.put(Who.ANONYMOUS, anonymous);
    expected.put(Who.PLAYER_A, playerA);
    expected.put(Who.PLAYER_B, playerB);
    expected.put(Who.OBSERVER, observer);
    expected.put(Who.INSTRUCTOR, instructor);
    expected.put(Who.CO_INSTRUCTOR, coInstructor);
    expected.put(Who.INSTRUCTOR_OF_OTHER_GAME, otherInstructor);
    return new Row(request, expected);
  }

  /** The table. Rows that act on the game come after the ones that read it. */
  static List<Row> rows(Ids ids) {
    String g = ids.gameId();
    return List.of(
        // identity: a fresh connection only
        row(new Request.InstructorLogin(Harness.KEY), OK, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN),
        row(new Request.JoinGame(ids.joinCode(), "Newcomer", ""),
            OK, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN),
        row(new Request.ObserveGame(ids.observerCode(), "Watcher"),
            OK, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN),
        row(new Request.ResumeSession(ids.token()), OK, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN, TAKEN),
        // the white cell
        row(new Request.ListScenarios(), UNAUTH, DENIED, DENIED, DENIED, OK, OK, OK),
        row(new Request.CreateGame(Harness.TUTORIAL, List.of(), List.of(), 1, 2, 0,
            EffectDetail.HIDDEN), UNAUTH, DENIED, DENIED, DENIED, OK, DENIED, DENIED),
        row(new Request.ListGames(), UNAUTH, DENIED, DENIED, DENIED, OK, OK, OK),
        row(new Request.GetLobby(g), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.AssignPlayer(g, "p99", "gov"),
            UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.RemovePlayer(g, "p99"), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.ControlGame(g, ControlOp.RESUME),
            UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.ExtendTimer(g, 30), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.InjectEvent(g, "leaked_audio"),
            UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.InjectAdhoc(g, "Rumour", "A rumour spreads.", List.of(), List.of()),
            UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.SetVariable(g, "unrest", 40, "the matrix"),
            UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.Broadcast(g, "hello"), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.ViewTeam(g, "gov"), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.GameReport(g, "md"), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        row(new Request.ForkGame(g, 1), UNAUTH, DENIED, DENIED, DENIED, OK, DENIED, DENIED),
        row(new Request.ArchiveGame(g), UNAUTH, DENIED, DENIED, DENIED, OK, OK, DENIED),
        // reading one's own game: a player its own team, an observer any
        row(new Request.GetView("gov"), UNAUTH, OK, DENIED, OK, DENIED, DENIED, DENIED),
        row(new Request.GetView(""), UNAUTH, OK, OK, OK, DENIED, DENIED, DENIED),
        row(new Request.GetHistory(), UNAUTH, OK, OK, OK, DENIED, DENIED, DENIED),
        row(new Request.GetReport("md"), UNAUTH, OK, OK, OK, DENIED, DENIED, DENIED),
        // acting in one's own game: players only, and only for their own team
        row(new Request.SendChat(Channel.PUBLIC, "", "hi"),
            UNAUTH, OK, OK, DENIED, DENIED, DENIED, DENIED),
        row(new Request.SendChat(Channel.BROADCAST, "", "hi"), UNAUTH, DENIED, DENIED, DENIED,
            DENIED, DENIED, DENIED),
        row(new Request.AnswerProposal(ids.proposal(), false),
            UNAUTH, DENIED, OK, DENIED, DENIED, DENIED, DENIED),
        row(new Request.Propose("stabilisation_programme", "partner"),
            UNAUTH, OK, OK, DENIED, DENIED, DENIED, DENIED),
        row(new Request.EditDraft(new Request.DraftEdit.Add("rate_hike")),
            UNAUTH, OK, OK, DENIED, DENIED, DENIED, DENIED),
        row(new Request.LockIn(), UNAUTH, OK, OK, DENIED, DENIED, DENIED, DENIED),
        row(new Request.Unlock(), UNAUTH, OK, OK, DENIED, DENIED, DENIED, DENIED),
        // last, since the instructor's succeeds: the game is gone for every row after it
        row(new Request.DeleteGame(g), UNAUTH, DENIED, DENIED, DENIED, OK, DENIED, DENIED));
  }

  @Test
  void everyRequestTypeHasARowInTheTable() {
    Set<Class<?>> covered = new LinkedHashSet<>();
    for (Row row : rows(new Ids("g1", "AAAA-AAA", "BBBB-BBB", "t", "P1"))) {
      covered.add(row.request().getClass());
    }
    for (Class<?> type : Request.class.getPermittedSubclasses()) {
      if (type.isRecord()) {
        assertTrue(covered.contains(type), type.getSimpleName() + " needs a row in the matrix");
      }
    }
  }

  /** A game as Authorization sees it: A on gov, B on the partner, an observer, proposal P1. */
  private record FakeGame() implements Membership {
    @Override
    public String gameId() {
      return "g1";
    }

    @Override
    public boolean isMember(String participantId) {
      return List.of("pA", "pB", "o1").contains(participantId);
    }

    @Override
    public String teamOf(String participantId) {
      return participantId.equals("pA") ? "gov" : participantId.equals("pB") ? "partner" : "";
    }

    @Override
    public String proposalTarget(String proposalId) {
      return proposalId.equals("P1") ? "partner" : null;
    }
  }

  @Test
  void authorizationDecidesEveryCellOfTheTable() {
    Map<Who, Principal> principals = new EnumMap<>(Who.class);
    principals.put(Who.ANONYMOUS, Principal.ANONYMOUS);
    principals.put(Who.PLAYER_A, new Principal.Player("g1", "pA"));
    principals.put(Who.PLAYER_B, new Principal.Player("g1", "pB"));
    principals.put(Who.OBSERVER, new Principal.Observer("g1", "o1"));
    principals.put(Who.INSTRUCTOR, Principal.INSTRUCTOR);
    principals.put(Who.CO_INSTRUCTOR, new Principal.GameInstructor("g1"));
    principals.put(Who.INSTRUCTOR_OF_OTHER_GAME, new Principal.GameInstructor("g2"));
    List<String> wrong = new ArrayList<>();
    for (Row row : rows(new Ids("g1", "AAAA-AAA", "BBBB-BBB", "t", "P1"))) {
      for (Who who : Who.values()) {
        Result.Rejected verdict = Authorization.check(principals.get(who), row.request(),
            new FakeGame());
        ErrorKind got = verdict == null ? null : verdict.kind();
        if (got != row.expected().get(who)) {
          wrong.add(row.request() + " as " + who + ": expected " + row.expected().get(who)
              + ", got " + verdict);
        }
      }
    }
    assertEquals(List.of(), wrong, "every cell as the table says");
  }

  @Test
  void aRemovedPlayerOrAPlayerOfAGoneGameIsNoLongerAuthenticated() {
    Result.Rejected removed = Authorization.check(new Principal.Player("g1", "gone"),
        new Request.GetView(""), new FakeGame());
    assertEquals(ErrorKind.UNAUTHENTICATED, removed.kind(), "a removed player: " + removed);
    Result.Rejected noGame = Authorization.check(new Principal.Observer("g9", "o1"),
        new Request.GetHistory(), null);
    assertEquals(ErrorKind.UNAUTHENTICATED, noGame.kind(), "a game that is gone: " + noGame);
  }

  private static Harness.Client coInstructor(Harness harness, String code, String name) {
    Harness.Client client = harness.client(name);
    client.ok(new Request.InstructorLogin(code), Result.InstructorSession.class);
    return client;
  }

  @Test
  void theServerAppliesTheTableToARealGame() {
    try (Harness harness = new Harness()) {
      // Three teams of people, so that A and B locking in never resolves the turn.
      Result.GameCreated game = harness.create(List.of("gov", "opposition", "partner"), 0);
      Harness.Client a = harness.join(game, "Alice", "gov");
      Harness.Client b = harness.join(game, "Bea", "partner");
      harness.join(game, "Carol", "opposition");
      Harness.Client observer = harness.client("olga");
      observer.ok(new Request.ObserveGame(game.observerCode(), "Olga"), Result.GameSession.class);
      harness.control(game.gameId(), ControlOp.START);
      a.ok(new Request.Propose("stabilisation_programme", "partner"), Result.Ack.class);
      String proposal = b.session.last(Push.Proposal.class).proposalId();
      Ids ids = new Ids(game.gameId(), game.joinCode(), game.observerCode(),
          a.identity.resumeToken(), proposal);
      Map<Who, Harness.Client> clients = new EnumMap<>(Who.class);
      clients.put(Who.PLAYER_A, a);
      clients.put(Who.PLAYER_B, b);
      clients.put(Who.OBSERVER, observer);
      clients.put(Who.INSTRUCTOR, harness.instructor);
      clients.put(Who.CO_INSTRUCTOR, coInstructor(harness, game.instructorCode(), "co"));
      Result.GameCreated other = harness.create(List.of("gov"), 0);
      clients.put(Who.INSTRUCTOR_OF_OTHER_GAME,
          coInstructor(harness, other.instructorCode(), "other"));
      for (Row row : rows(ids)) {
        for (Who who : Who.values()) {
          // An anonymous connection that succeeds takes an identity: use a fresh one each time.
          Harness.Client client = who == Who.ANONYMOUS ? harness.client("anon") : clients.get(who);
          Result result = client.call(row.request());
          ErrorKind expected = row.expected().get(who);
          String cell = row.request() + " as " + who + " gave " + result;
          if (expected != null) {
            assertTrue(result instanceof Result.Rejected r && r.kind() == expected, cell);
          } else if (result instanceof Result.Rejected r) {
            assertFalse(Set.of(ErrorKind.UNAUTHENTICATED, ErrorKind.PERMISSION_DENIED)
                .contains(r.kind()), "allowed: a refusal is about the game, not the role: " + cell);
          }
        }
      }
    }
  }
}
