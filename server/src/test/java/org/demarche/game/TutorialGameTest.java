package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.View;
import org.demarche.review.GameRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole games of the tutorial: gov and opposition played by two people each, the donor partner on
 * autopilot, an observer watching.
 */
class TutorialGameTest {
  private final Harness harness = new Harness();
  private Result.GameCreated game;
  private Harness.Client alice;
  private Harness.Client bob;
  private Harness.Client carol;
  private Harness.Client dan;
  private Harness.Client olga;

  @BeforeEach
  void seatEveryone() {
    game = harness.create(List.of("gov", "opposition"), 0);
    alice = harness.join(game, "Alice", "gov");
    bob = harness.join(game, "Bob", "gov");
    carol = harness.join(game, "Carol", "opposition");
    dan = harness.join(game, "Dan", "opposition");
    olga = harness.client("olga");
    olga.ok(new Request.ObserveGame(game.observerCode(), "Olga"), Result.GameSession.class);
    harness.control(game.gameId(), ControlOp.START);
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private static Request add(String action) {
    return new Request.EditDraft(new Request.DraftEdit.Add(action));
  }

  private List<Harness.Client> everyone() {
    return List.of(alice, bob, carol, dan, olga);
  }

  @Test
  void everyPlayerGetsItsTeamsViewWhenTheGameStarts() {
    View.Team gov = alice.session.last(Push.TeamView.class).view();
    assertEquals("gov", gov.teamId(), "Alice sees gov");
    assertEquals(1, gov.turn(), "turn 1 is open");
    assertEquals("2024-Q1", gov.turnLabel(), "labelled by the calendar");
    assertTrue(gov.actions().stream().anyMatch(a -> a.id().equals("raise_fuel_price")
        && a.available() && a.cost().equals("capital 3")
        && a.effects().contains("Pump price as share of import cost +10 %")),
        "gov's actions carry cost and exact effects: " + gov.actions().get(0));
    View.Team opposition = carol.session.last(Push.TeamView.class).view();
    assertFalse(opposition.variables().stream().anyMatch(v -> v.id().equals("smuggling_index")),
        "smuggling is hidden from the opposition");
    assertTrue(opposition.variables().stream().anyMatch(v -> v.id().equals("reserves_usd_bn")
        && v.estimate()), "and it only has an estimate of the reserves");
    assertEquals(2, opposition.teammates().size(), "Carol sees her two teammates");
  }

  @Test
  void aDraftIsSharedAndEveryChangeReachesTeammatesAndObserversOnly() {
    alice.ok(add("raise_fuel_price"), Result.Ack.class);
    Push.DraftChanged seen = bob.session.last(Push.DraftChanged.class);
    assertEquals(List.of("raise_fuel_price"), seen.draft().actionIds(), "Bob sees Alice's edit");
    assertEquals("Alice", seen.draft().lastEditedBy(), "and who made it");
    assertEquals("gov", olga.session.last(Push.DraftChanged.class).teamId(), "Olga sees it too");
    assertTrue(carol.session.of(Push.DraftChanged.class).isEmpty(),
        "the opposition never sees gov's draft");
    bob.ok(add("rate_hike"), Result.Ack.class);
    assertEquals(List.of("raise_fuel_price", "rate_hike"),
        alice.session.last(Push.DraftChanged.class).draft().actionIds(), "one draft, two editors");
  }

  @Test
  void draftEditsAreCheckedWithHints() {
    Result.Rejected typo = alice.rejected(add("raise_fuel_prize"), ErrorKind.INVALID_ARGUMENT);
    assertTrue(typo.message().contains("did you mean 'raise_fuel_price'"), typo.message());
    alice.rejected(add("national_strike"), ErrorKind.INVALID_ARGUMENT);
    alice.ok(add("rate_hike"), Result.Ack.class);
    alice.rejected(add("rate_hike"), ErrorKind.ALREADY_EXISTS);
    alice.rejected(new Request.EditDraft(new Request.DraftEdit.Remove("border_crackdown")),
        ErrorKind.NOT_FOUND);
    alice.rejected(
        new Request.EditDraft(new Request.DraftEdit.Choose("diesel_exemption", "exempt")),
        ErrorKind.INVALID_ARGUMENT);
    olga.rejected(add("rate_hike"), ErrorKind.PERMISSION_DENIED);
  }

  @Test
  void aLockedDraftRefusesEditsUntilAnyMemberUnlocksIt() {
    alice.ok(add("rate_hike"), Result.Ack.class);
    bob.ok(new Request.LockIn(), Result.Ack.class);
    assertTrue(alice.session.last(Push.DraftChanged.class).draft().locked(), "Alice sees the lock");
    Result.Rejected locked = alice.rejected(add("raise_fuel_price"), ErrorKind.FAILED_PRECONDITION);
    assertEquals("your team has locked in; unlock first", locked.message(), "the reason is said");
    alice.ok(new Request.Unlock(), Result.Ack.class);
    alice.ok(add("raise_fuel_price"), Result.Ack.class);
    carol.ok(new Request.LockIn(), Result.Ack.class);
    assertTrue(alice.session.of(Push.TurnReport.class).isEmpty(),
        "unlocked before the others locked: the turn waits for gov");
  }

  @Test
  void whenEveryTeamHasLockedInTheTurnResolvesAndEachTeamGetsOnlyItsOwnReport() {
    alice.ok(add("raise_fuel_price"), Result.Ack.class);
    carol.ok(add("social_dialogue"), Result.Ack.class);
    bob.ok(new Request.LockIn(), Result.Ack.class);
    dan.ok(new Request.LockIn(), Result.Ack.class);

    View.Report gov = alice.session.last(Push.TurnReport.class).report();
    assertEquals(1, gov.turn(), "turn 1 resolved");
    assertEquals(List.of("gov"), gov.actions().stream().map(View.ActionResult::teamId).distinct()
        .toList(), "gov reads of its own orders only");
    assertEquals("SUCCEEDED", gov.actions().get(0).status(), "its price rise went through");
    assertEquals(List.of("gov"), gov.scores().stream().map(View.Score::teamId).toList(),
        "and of its own score only");
    assertTrue(gov.changes().stream().anyMatch(c -> c.variableId().equals("fuel_price_pct")
        && c.contributions().stream().anyMatch(k -> k.cause().startsWith("Raise pump prices"))),
        "the ledger names its own action");
    View.Report opposition = carol.session.last(Push.TurnReport.class).report();
    assertTrue(opposition.changes().stream()
        .noneMatch(c -> c.variableId().equals("smuggling_index")),
        "the opposition learns nothing of the hidden smuggling index");
    assertTrue(opposition.changes().stream().filter(c -> c.variableId().equals("fuel_price_pct"))
        .allMatch(c -> c.contributions().stream().noneMatch(k -> k.cause().contains("Raise pump"))),
        "and sees gov's price rise only as the actions of other teams");
    View.Report full = olga.session.last(Push.TurnReport.class).report();
    assertEquals(3, full.scores().size(), "the observer sees every team's score");
    assertTrue(full.actions().stream().anyMatch(a -> a.teamId().equals("opposition")),
        "and every team's orders");

    View.Team next = bob.session.last(Push.TeamView.class).view();
    assertEquals(2, next.turn(), "turn 2 opens");
    assertTrue(next.draft().actionIds().isEmpty() && !next.draft().locked(), "with a fresh draft");
    assertEquals(2, next.variables().get(0).history().size(), "history holds turns 0 and 1");
  }

  @Test
  void thePartnersSecretIntelligenceReachesObserversButNeverTheGovernment() {
    harness.instructor.ok(new Request.SetVariable(game.gameId(), "smuggling_index", 45,
        "the smugglers expand, for the lesson on intelligence"), Result.Ack.class);
    harness.control(game.gameId(), ControlOp.ADVANCE);
    View.Report full = olga.session.last(Push.TurnReport.class).report();
    assertTrue(full.events().stream().anyMatch(e -> e.eventId().equals("smuggling_intelligence")),
        "the intelligence event fired: " + full.events());
    for (Harness.Client player : List.of(alice, bob, carol, dan)) {
      assertFalse(player.session.all().toString().contains("Embassy report"),
          player.session.id() + " never hears of the partner's intelligence");
    }
    View.Report gov = alice.session.last(Push.TurnReport.class).report();
    assertTrue(gov.changes().stream().filter(c -> c.variableId().equals("donor_trust"))
        .allMatch(c -> c.explanation().contains("events you did not witness")),
        "gov sees donor confidence fall without learning why: " + gov.changes());
  }

  @Test
  void theInstructorAdvancesAndInjectsAndTheInjectFiresAtResolution() {
    harness.instructor.ok(new Request.InjectEvent(game.gameId(), "leaked_audio"), Result.Ack.class);
    Result.Rejected typo = harness.instructor.rejected(
        new Request.InjectEvent(game.gameId(), "leaked_audo"), ErrorKind.NOT_FOUND);
    assertTrue(typo.message().contains("did you mean 'leaked_audio'"), typo.message());
    assertTrue(alice.session.of(Push.TurnReport.class).isEmpty(),
        "nothing fires before resolution");
    harness.control(game.gameId(), ControlOp.ADVANCE);
    for (Harness.Client c : everyone()) {
      View.Report report = c.session.last(Push.TurnReport.class).report();
      assertTrue(report.events().stream().anyMatch(e -> e.eventId().equals("leaked_audio")
          && e.injected()), c.session.id() + " reads of the injected leak");
    }
    harness.control(game.gameId(), ControlOp.ADVANCE);
    View.Report second = olga.session.last(Push.TurnReport.class).report();
    assertTrue(second.events().stream().noneMatch(e -> e.eventId().equals("leaked_audio")),
        "an inject fires once, in the turn it was queued for");
  }

  @Test
  void anAdhocEventReachesOnlyTheTeamsItIsVisibleTo() {
    harness.instructor.ok(new Request.InjectAdhoc(game.gameId(), "Port strike", "Dockers walk out.",
        List.of(new Request.AdhocEffect("unrest", 5)), List.of("opposition")), Result.Ack.class);
    harness.instructor.rejected(new Request.InjectAdhoc(game.gameId(), "Typo", "x",
        List.of(new Request.AdhocEffect("unrests", 5)), List.of()), ErrorKind.NOT_FOUND);
    harness.control(game.gameId(), ControlOp.ADVANCE);
    assertTrue(carol.session.last(Push.TurnReport.class).report().events().stream()
        .anyMatch(e -> e.title().equals("Port strike")), "the opposition witnessed it");
    assertTrue(alice.session.last(Push.TurnReport.class).report().events().stream()
        .noneMatch(e -> e.title().equals("Port strike")), "gov did not");
  }

  @Test
  void settingAVariableIsShownAtOnceAndRecordedWithItsReason() {
    harness.instructor.rejected(new Request.SetVariable(game.gameId(), "unrest", 50, ""),
        ErrorKind.INVALID_ARGUMENT);
    harness.instructor.rejected(new Request.SetVariable(game.gameId(), "months_of_imports", 2,
        "derived"), ErrorKind.INVALID_ARGUMENT);
    harness.instructor.ok(new Request.SetVariable(game.gameId(), "unrest", 50, "riots downtown"),
        Result.Ack.class);
    View.Team view = alice.session.last(Push.TeamView.class).view();
    assertEquals(50, view.variables().stream().filter(v -> v.id().equals("unrest")).findFirst()
        .orElseThrow().value(), 1e-9, "the players see the new value at once");
    GameRecord debrief = Harness.await(harness.server.record(game.gameId())).orElseThrow();
    assertTrue(debrief.acts().stream().anyMatch(a -> a.what().equals("set variable")
        && a.details().contains("riots downtown")), "the act and its reason are on record");
  }

  @Test
  void aReconnectingPlayerGetsItsIdentityBackWithTheDraftIntact() {
    Result.GameSession first = alice.identity;
    alice.ok(add("rate_hike"), Result.Ack.class);
    alice.disconnect();
    harness.sync(game.gameId());
    Push.LobbyChange left = bob.session.last(Push.LobbyChange.class);
    assertEquals("left", left.change(), "Bob is told Alice left");
    assertFalse(left.participant().connected(), "and that she is not connected");

    Harness.Client again = harness.client("alice-again");
    Result.GameSession resumed = again.ok(new Request.ResumeSession(first.resumeToken()),
        Result.GameSession.class);
    assertEquals(first.participantId(), resumed.participantId(), "the same participant");
    assertEquals("gov", resumed.teamId(), "on the same team");
    View.Team view = again.session.last(Push.TeamView.class).view();
    assertEquals(List.of("rate_hike"), view.draft().actionIds(), "the draft is intact mid-turn");
    assertEquals("reconnected", bob.session.last(Push.LobbyChange.class).change(),
        "Bob is told she is back");
    again.ok(new Request.LockIn(), Result.Ack.class);
  }

  @Test
  void theGameEndsAfterItsLastTurnWithFinalScoresAndTheOutcome() {
    for (int turn = 1; turn <= 4; turn++) {
      harness.control(game.gameId(), ControlOp.ADVANCE);
    }
    for (Harness.Client c : everyone()) {
      Push.GameStatus end = c.session.last(Push.GameStatus.class);
      assertEquals(Phase.ENDED, end.phase(), c.session.id() + " is told the game ended");
      assertEquals(3, end.finalScores().size(), "with every team's final score");
      assertFalse(end.outcome().isEmpty(), "and the outcome");
    }
    alice.rejected(add("rate_hike"), ErrorKind.FAILED_PRECONDITION);
    harness.instructor.rejected(new Request.ControlGame(game.gameId(), ControlOp.ADVANCE),
        ErrorKind.FAILED_PRECONDITION);
    Result.History history = alice.ok(new Request.GetHistory(), Result.History.class);
    assertEquals(4, history.reports().size(), "the four reports stay readable");
  }

  @Test
  void theInstructorMayEndTheGameEarly() {
    harness.control(game.gameId(), ControlOp.END);
    Push.GameStatus end = dan.session.last(Push.GameStatus.class);
    assertEquals(Phase.ENDED, end.phase(), "ended");
    assertTrue(end.outcome().contains("instructor ended"), end.outcome());
    assertEquals(3, end.finalScores().size(), "with final scores");
  }

  @Test
  void chatGoesToTheChannelsMembersOnly() {
    alice.ok(new Request.SendChat(Channel.TEAM, "", "hold the line"),
        Result.Ack.class);
    assertEquals("hold the line", bob.session.last(Push.Chat.class).text(), "Bob reads team chat");
    assertEquals("hold the line", olga.session.last(Push.Chat.class).text(), "so does Olga");
    assertTrue(carol.session.of(Push.Chat.class).isEmpty(), "Carol does not");
    carol.ok(new Request.SendChat(Channel.TEAM_PAIR, "gov", "talk?"),
        Result.Ack.class);
    assertEquals("talk?", alice.session.last(Push.Chat.class).text(), "a pair message reaches gov");
    alice.ok(new Request.SendChat(Channel.PUBLIC, "", "press conference"),
        Result.Ack.class);
    assertEquals("press conference", dan.session.last(Push.Chat.class).text(),
        "public reaches all");
    harness.instructor.ok(new Request.Broadcast(game.gameId(), "ten minutes left"),
        Result.Ack.class);
    for (Harness.Client c : everyone()) {
      assertEquals("ten minutes left", c.session.last(Push.Chat.class).text(),
          c.session.id() + " hears the broadcast");
    }
    alice.rejected(new Request.SendChat(Channel.PUBLIC, "", "x".repeat(2001)),
        ErrorKind.INVALID_ARGUMENT);
    alice.rejected(new Request.SendChat(Channel.BROADCAST, "", "hi"),
        ErrorKind.PERMISSION_DENIED);
    GameRecord debrief = Harness.await(harness.server.record(game.gameId())).orElseThrow();
    assertEquals(4, debrief.messages().size(), "the debrief keeps every message");
  }
}
