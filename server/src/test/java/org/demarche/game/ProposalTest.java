package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.ProposalState;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proposals of the tutorial's joint action, the stabilisation programme of gov and the donor
 * partner; the opposition sits out so that nothing else moves the prices.
 */
class ProposalTest {
  private static final String PROGRAMME = "stabilisation_programme";

  private final Harness harness = new Harness();
  private Result.GameCreated game;
  private Harness.Client gov;
  private Harness.Client partner;
  private Harness.Client opposition;

  @BeforeEach
  void seat() {
    game = harness.create(List.of("gov", "partner"), List.of("opposition"), 0);
    gov = harness.join(game, "Gina", "gov");
    partner = harness.join(game, "Paul", "partner");
    harness.control(game.gameId(), ControlOp.START);
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private Push.Proposal propose() {
    gov.ok(new Request.Propose(PROGRAMME, "partner"), Result.Ack.class);
    Push.Proposal pending = partner.session.last(Push.Proposal.class);
    assertEquals(ProposalState.PENDING, pending.state(), "the partner receives the proposal");
    assertEquals(pending, gov.session.last(Push.Proposal.class), "and gov sees it made");
    return pending;
  }

  @Test
  void anAcceptedProposalEntersBothDraftsAndTheJointActionSucceeds() {
    // The programme needs the pump price at 65 or more: gov raises it in turn 1.
    gov.ok(new Request.EditDraft(new Request.DraftEdit.Add("raise_fuel_price")), Result.Ack.class);
    gov.ok(new Request.LockIn(), Result.Ack.class);
    partner.ok(new Request.LockIn(), Result.Ack.class);
    assertEquals(1, gov.session.of(Push.TurnReport.class).size(), "turn 1 resolved");

    Push.Proposal pending = propose();
    partner.ok(new Request.AnswerProposal(pending.proposalId(), true), Result.Ack.class);
    assertEquals(ProposalState.ACCEPTED, gov.session.last(Push.Proposal.class).state(),
        "gov learns it was accepted");
    assertEquals(List.of(PROGRAMME), gov.session.last(Push.DraftChanged.class).draft().actionIds(),
        "the action is in gov's draft");
    assertEquals(List.of(PROGRAMME),
        partner.session.last(Push.DraftChanged.class).draft().actionIds(), "and the partner's");
    partner.rejected(new Request.AnswerProposal(pending.proposalId(), true),
        ErrorKind.FAILED_PRECONDITION);

    gov.ok(new Request.LockIn(), Result.Ack.class);
    partner.ok(new Request.LockIn(), Result.Ack.class);
    View.Report report = gov.session.last(Push.TurnReport.class).report();
    assertTrue(report.actions().stream().anyMatch(a -> a.actionId().equals(PROGRAMME)
        && a.status().equals("SUCCEEDED")), "the programme is signed: " + report.actions());
  }

  @Test
  void aDeclinedProposalChangesNoDraft() {
    Push.Proposal pending = propose();
    partner.ok(new Request.AnswerProposal(pending.proposalId(), false), Result.Ack.class);
    assertEquals(ProposalState.DECLINED, gov.session.last(Push.Proposal.class).state(),
        "gov learns it was declined");
    assertTrue(gov.session.of(Push.DraftChanged.class).isEmpty(), "gov's draft is untouched");
    assertTrue(partner.session.of(Push.DraftChanged.class).isEmpty(), "so is the partner's");
  }

  @Test
  void anUnansweredProposalExpiresWithItsTurn() {
    Push.Proposal pending = propose();
    harness.control(game.gameId(), ControlOp.ADVANCE);
    assertEquals(ProposalState.EXPIRED, partner.session.last(Push.Proposal.class).state(),
        "the partner sees it expire");
    assertEquals(ProposalState.EXPIRED, gov.session.last(Push.Proposal.class).state(),
        "so does gov");
    partner.rejected(new Request.AnswerProposal(pending.proposalId(), true),
        ErrorKind.FAILED_PRECONDITION);
  }

  @Test
  void onlyTheTargetTeamAnswersAndOnlyWhileBothDraftsAreOpen() {
    Push.Proposal pending = propose();
    gov.rejected(new Request.AnswerProposal(pending.proposalId(), true),
        ErrorKind.PERMISSION_DENIED);
    gov.ok(new Request.LockIn(), Result.Ack.class);
    Result.Rejected locked = partner.rejected(
        new Request.AnswerProposal(pending.proposalId(), true), ErrorKind.FAILED_PRECONDITION);
    assertTrue(locked.message().contains("gov has locked in"), locked.message());
    partner.rejected(new Request.AnswerProposal("P99", true), ErrorKind.NOT_FOUND);
  }

  @Test
  void aProposalMustBeAJointActionOfTheTwoTeams() {
    gov.rejected(new Request.Propose("raise_fuel_price", "partner"), ErrorKind.INVALID_ARGUMENT);
    gov.rejected(new Request.Propose(PROGRAMME, "opposition"), ErrorKind.INVALID_ARGUMENT);
    gov.rejected(new Request.Propose(PROGRAMME, "partnr"), ErrorKind.NOT_FOUND);
  }
}
