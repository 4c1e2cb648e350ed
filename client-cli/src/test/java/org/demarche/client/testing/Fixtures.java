package org.demarche.client.testing;

import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.ActionResult;
import org.demarche.proto.v1.Contribution;
import org.demarche.proto.v1.Draft;
import org.demarche.proto.v1.EventReport;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.ObjectiveScore;
import org.demarche.proto.v1.Participant;
import org.demarche.proto.v1.Phase;
import org.demarche.proto.v1.ResourceValue;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.TeamScore;
import org.demarche.proto.v1.TeamView;
import org.demarche.proto.v1.TurnReport;
import org.demarche.proto.v1.VariableChange;
import org.demarche.proto.v1.VariableValue;

/** Protocol messages for tests, modelled on the tutorial scenario; built fresh for each use. */
public final class Fixtures {
  private Fixtures() {}

  /** The government's view of turn 3 of the tutorial, with an estimate and a locked-out action. */
  public static TeamView teamView() {
    return TeamView.newBuilder()
        .setTeamId("gov").setTeamName("Government").setPhase(Phase.RUNNING)
        .setTurn(3).setTurnLabel("2024-Q3").setTurns(8).setMillisLeft(252_000)
        .addVariables(VariableValue.newBuilder().setId("reserves_usd_bn")
            .setLabel("International reserves").setUnit("USD bn").setValue(4.2).setEstimate(true)
            .addHistory(4.5).addHistory(4.4).addHistory(4.2))
        .addVariables(VariableValue.newBuilder().setId("inflation_pct").setLabel("Inflation")
            .setUnit("% per year").setValue(9.5).addHistory(7).addHistory(8).addHistory(9.5))
        .addVariables(VariableValue.newBuilder().setId("unrest").setLabel("Social unrest")
            .setUnit("index 0-100").setValue(30).addHistory(30))
        .addResources(ResourceValue.newBuilder().setId("capital").setLabel("Political capital")
            .setValue(3))
        .setScore(54.5)
        .addObjectives(ObjectiveScore.newBuilder().setId("stability").setName("Keep the peace")
            .setWeight(0.6).setScore(61))
        .addObjectives(ObjectiveScore.newBuilder().setId("reserves").setName("Rebuild reserves")
            .setWeight(0.4).setScore(45))
        .addActions(ActionOption.newBuilder().setId("reform_subsidy").setName("Reform the subsidy")
            .setDescription("Raise pump prices toward import parity.").setAvailable(true)
            .setCost("capital 2").setEffects("reserves +0.3 after one turn; unrest +10")
            .addTags("gov.reserves"))
        .addActions(ActionOption.newBuilder().setId("imf_programme").setName("Sign the programme")
            .setAvailable(true).setCost("capital 1").setEffects("reserves +1.5")
            .setPartnerTeamId("donors").addTags("gov.reserves").addTags("gov.stability"))
        .addActions(ActionOption.newBuilder().setId("cash_transfers").setName("Cash transfers")
            .setAvailable(false).setReason("needs the subsidy reform first"))
        .setDraft(Draft.newBuilder().addActionIds("reform_subsidy").setLastEditedBy("Ana"))
        .addTeammates(Participant.newBuilder().setParticipantId("p1").setDisplayName("Ana")
            .setConnected(true))
        .addTeammates(Participant.newBuilder().setParticipantId("p2").setDisplayName("Ben"))
        .setBriefing("You govern Quenara.")
        .build();
  }

  /** The report of turn 2 with orders, an injected event, a change and its causes. */
  public static TurnReport turnReport() {
    return TurnReport.newBuilder().setTurn(2).setTurnLabel("2024-Q2")
        .addSentences("You reformed the subsidy.")
        .addSentences("Protests broke out in the capital.")
        .addActions(ActionResult.newBuilder().setTeamId("gov").setActionId("reform_subsidy")
            .setStatus("SUCCEEDED"))
        .addActions(ActionResult.newBuilder().setTeamId("gov").setActionId("cash_transfers")
            .setStatus("REFUSED").setReason("not enough capital"))
        .addEvents(EventReport.newBuilder().setEventId("strike").setTitle("Truckers' strike")
            .setText("Roads are blocked.").setInjected(true))
        .addChanges(VariableChange.newBuilder().setVariableId("reserves_usd_bn").setBefore(4.4)
            .setAfter(4.2).setExplanation("International reserves fell from 4.4 to 4.2 USD bn.")
            .addContributions(Contribution.newBuilder().setCause("Fuel subsidy bill (trend)")
                .setAmount(-0.3))
            .addContributions(Contribution.newBuilder().setCause("Reform the subsidy (gov)")
                .setAmount(0.1).setDelayed(true)))
        .addScores(TeamScore.newBuilder().setTeamId("gov").setScore(54.5))
        .build();
  }

  /** The session a player of team gov gets, with a resume token. */
  public static GameSession gameSession(String token) {
    return GameSession.newBuilder().setGameId("g1").setTitle("Quenara")
        .setRole(Role.PLAYER).setParticipantId("p1").setTeamId("gov").setResumeToken(token)
        .setPhase(Phase.RUNNING).build();
  }
}
