package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Info;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.game.api.SeatKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Logging in, creating games and joining them. */
class IdentityTest {
  private final Harness harness = new Harness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void theInstructorLogsInWithTheKeyAndNotWithAnotherOne() {
    Harness.Client good = harness.client("good");
    good.ok(new Request.InstructorLogin(Harness.KEY), Result.InstructorSession.class);
    assertEquals(Principal.INSTRUCTOR, good.principal, "the connection speaks as the instructor");
    Harness.Client bad = harness.client("bad");
    bad.rejected(new Request.InstructorLogin("guess"), ErrorKind.UNAUTHENTICATED);
    assertEquals(Principal.ANONYMOUS, bad.principal, "a wrong key leaves the connection anonymous");
    bad.rejected(new Request.ListGames(), ErrorKind.UNAUTHENTICATED);
  }

  @Test
  void aNewGameHasAJoinCodeAndADifferentObserverCodeOfTheUnambiguousForm() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    String form = "[" + Codes.ALPHABET + "]{4}-[" + Codes.ALPHABET + "]{3}";
    assertTrue(game.joinCode().matches(form), "join code " + game.joinCode() + " has the form");
    assertTrue(game.observerCode().matches(form), "observer code " + game.observerCode() + " too");
    assertNotEquals(game.joinCode(), game.observerCode(), "the two codes differ");
    Seats lobby = new Seats(harness.instructor.ok(new Request.GetLobby(game.gameId()),
        Result.Lobby.class));
    assertEquals(List.of(SeatKind.HUMAN, SeatKind.HUMAN, SeatKind.AUTOPILOT), lobby.seats(),
        "gov and opposition by people, the partner on autopilot");
  }

  /** The seats of a lobby, in scenario order. */
  private record Seats(Result.Lobby lobby) {
    List<SeatKind> seats() {
      return lobby.lobby().teams().stream().map(t -> t.seat()).toList();
    }
  }

  @Test
  void seedZeroLetsTheServerChooseOneAndTheLobbyReportsIt() {
    Result.GameCreated game = harness.instructor.ok(new Request.CreateGame(Harness.TUTORIAL,
        List.of(), List.of(), 0, 0, 0, EffectDetail.QUALITATIVE), Result.GameCreated.class);
    Result.Lobby lobby =
        harness.instructor.ok(new Request.GetLobby(game.gameId()), Result.Lobby.class);
    assertNotEquals(0L, lobby.lobby().seed(), "the server chose a seed");
    assertEquals(8, lobby.lobby().game().turns(), "zero turns means the scenario's default");
  }

  @Test
  void aGameThatCannotBeCreatedIsRefusedWithAHint() {
    Result.Rejected scenario = harness.instructor.rejected(new Request.CreateGame("tutorail",
        List.of(), List.of(), 1, 4, 0, EffectDetail.EXACT), ErrorKind.NOT_FOUND);
    assertTrue(scenario.message().contains("did you mean 'tutorial'"), scenario.message());
    Result.Rejected team = harness.instructor.rejected(new Request.CreateGame(Harness.TUTORIAL,
        List.of("govt"), List.of(), 1, 4, 0, EffectDetail.EXACT), ErrorKind.NOT_FOUND);
    assertTrue(team.message().contains("did you mean 'gov'"), team.message());
    harness.instructor.rejected(new Request.CreateGame(Harness.TUTORIAL, List.of(), List.of(), 1,
        13, 0, EffectDetail.EXACT), ErrorKind.INVALID_ARGUMENT);
    harness.instructor.rejected(new Request.CreateGame(Harness.TUTORIAL, List.of(), List.of(), 1,
        4, 86_401, EffectDetail.EXACT), ErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void aPlayerJoinsWithTheCodeWhateverItsCaseAndDashes() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    String sloppy = game.joinCode().replace("-", "").toLowerCase();
    Harness.Client alice = harness.client("alice");
    Result.GameSession session = alice.ok(new Request.JoinGame(sloppy, "Alice", "gov"),
        Result.GameSession.class);
    assertEquals(Role.PLAYER, session.role(), "a player");
    assertEquals("gov", session.teamId(), "on the team asked for");
    assertEquals(Phase.LOBBY, session.phase(), "in the lobby");
    assertTrue(session.resumeToken().matches("[0-9a-f]{32}"), "a 128-bit token");
    assertEquals(new Principal.Player(game.gameId(), session.participantId()), alice.principal,
        "the connection speaks as the player");
  }

  @Test
  void aWrongCodeIsNotFoundAndTheObserverCodeDoesNotMakeAPlayer() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    harness.client("x").rejected(new Request.JoinGame("AAAA-AAA", "X", ""), ErrorKind.NOT_FOUND);
    harness.client("y").rejected(new Request.JoinGame(game.observerCode(), "Y", ""),
        ErrorKind.NOT_FOUND);
    Result.GameSession observer = harness.client("olga").ok(
        new Request.ObserveGame(game.observerCode(), "Olga"), Result.GameSession.class);
    assertEquals(Role.OBSERVER, observer.role(), "the observer code makes an observer");
  }

  @Test
  void aNameTakenInTheGameIsRefusedWhateverItsCase() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    harness.join(game, "Alice", "gov");
    harness.client("again").rejected(new Request.JoinGame(game.joinCode(), "alice ", "opposition"),
        ErrorKind.ALREADY_EXISTS);
    harness.client("long").rejected(new Request.JoinGame(game.joinCode(), "x".repeat(41), ""),
        ErrorKind.INVALID_ARGUMENT);
    harness.client("empty").rejected(new Request.JoinGame(game.joinCode(), " ", ""),
        ErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void anUnknownTeamIsNotFoundWithAHintAndAnAutopilotTeamCannotBeJoined() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    Result.Rejected unknown = harness.client("a").rejected(
        new Request.JoinGame(game.joinCode(), "A", "oposition"), ErrorKind.NOT_FOUND);
    assertTrue(unknown.message().contains("did you mean 'opposition'"), unknown.message());
    harness.client("b").rejected(new Request.JoinGame(game.joinCode(), "B", "partner"),
        ErrorKind.FAILED_PRECONDITION);
  }

  @Test
  void theInstructorAssignsAndMovesAPlayerWhoThenPlaysForTheNewTeam() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    Harness.Client alice = harness.client("alice");
    Result.GameSession session = alice.ok(new Request.JoinGame(game.joinCode(), "Alice", ""),
        Result.GameSession.class);
    assertEquals("", session.teamId(), "unassigned at first");
    harness.instructor.ok(new Request.AssignPlayer(game.gameId(), session.participantId(), "gov"),
        Result.Ack.class);
    harness.instructor.ok(new Request.AssignPlayer(game.gameId(), session.participantId(),
        "opposition"), Result.Ack.class);
    Result.Lobby lobby =
        harness.instructor.ok(new Request.GetLobby(game.gameId()), Result.Lobby.class);
    assertEquals("Alice", lobby.lobby().teams().get(1).players().get(0).displayName(),
        "Alice is on the opposition now");
    assertTrue(lobby.lobby().teams().get(0).players().isEmpty(), "and no longer on gov");
    assertEquals("moved", alice.session.last(Push.LobbyChange.class).change(),
        "Alice is told she moved");
    harness.control(game.gameId(), ControlOp.START);
    Result.TeamView view = alice.ok(new Request.GetView(""), Result.TeamView.class);
    assertEquals("opposition", view.view().teamId(), "her view is the opposition's");
    assertInstanceOf(Result.Rejected.class, alice.call(new Request.GetView("gov")),
        "and gov's is no longer hers");
  }

  @Test
  void aRemovedPlayersTokenStopsWorkingAndItsConnectionIsTold() {
    Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
    Harness.Client alice = harness.client("alice");
    Result.GameSession session = alice.ok(new Request.JoinGame(game.joinCode(), "Alice", "gov"),
        Result.GameSession.class);
    harness.instructor.ok(new Request.RemovePlayer(game.gameId(), session.participantId()),
        Result.Ack.class);
    assertEquals("removed", alice.session.last(Push.LobbyChange.class).change(),
        "the removed player's connection is told");
    alice.rejected(new Request.GetView(""), ErrorKind.UNAUTHENTICATED);
    harness.client("again").rejected(new Request.ResumeSession(session.resumeToken()),
        ErrorKind.UNAUTHENTICATED);
  }

  @Test
  void aCoInstructorRunsTheGameOfItsCodeAndNoOther() {
    Result.GameCreated mine = harness.create(List.of("gov"), 0);
    Result.GameCreated other = harness.create(List.of("gov"), 0);
    assertTrue(mine.instructorCode().matches("[A-Z2-9]{4}-[A-Z2-9]{3}"),
        "an instructor code looks like a join code: " + mine.instructorCode());
    Harness.Client assistant = harness.client("assistant");
    Result.InstructorSession session = assistant.ok(
        new Request.InstructorLogin(mine.instructorCode().toLowerCase()),
        Result.InstructorSession.class);
    assertEquals(mine.gameId(), session.gameId(), "the session names the one game");
    Result.GameList games = assistant.ok(new Request.ListGames(), Result.GameList.class);
    assertEquals(List.of(mine.gameId()),
        games.games().stream().map(Info.Game::gameId).toList(), "it sees its game only");
    assistant.ok(new Request.ControlGame(mine.gameId(), ControlOp.START), Result.Ack.class);
    Result.Rejected elsewhere = assistant.rejected(
        new Request.ControlGame(other.gameId(), ControlOp.START), ErrorKind.PERMISSION_DENIED);
    assertTrue(elsewhere.message().contains("for game " + mine.gameId()),
        "the refusal says which game the code is for: " + elsewhere.message());
    harness.client("guess").rejected(new Request.InstructorLogin(mine.joinCode()),
        ErrorKind.UNAUTHENTICATED);
  }
}
