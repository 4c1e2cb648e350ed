package org.demarche.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demarche.client.testing.Fixtures;
import org.demarche.proto.v1.History;
import org.demarche.proto.v1.Phase;
import org.junit.jupiter.api.Test;

/** Golden text for what players read: any change to these shows up here, on purpose. */
class RenderingTest {

  @Test
  void theStateTableShowsValueUnitChangeHistoryAndMarksEstimates() {
    String expected = """
        Variable                Value  Unit         Change  History
        ----------------------  -----  -----------  ------  -------
        International reserves   ~4.2  USD bn         -0.2  █▆▁
        Inflation                 9.5  % per year     +1.5  ▁▄█
        Social unrest              30  index 0-100          ▄
        ~ an estimate: your team sees this value with noise
        """;
    assertEquals(expected, StateTable.render(Fixtures.teamView(), Style.PLAIN),
        "the state table of the fixture view");
  }

  @Test
  void goalsListEachObjectiveWithItsScoreAndTheActionsThatMoveIt() {
    String expected = """
        Score 54.5 / 100

        Keep the peace  score 61, weight 0.6
          moved by: imf_programme

        Rebuild reserves  score 45, weight 0.4
          moved by: reform_subsidy, imf_programme
        """;
    assertEquals(expected, GoalsList.render(Fixtures.teamView(), Style.PLAIN),
        "the goals of the fixture view");
  }

  @Test
  void actionsShowCostAndEffectsAndTheReasonForUnavailableOnes() {
    String expected = """
        Available
          reform_subsidy  Reform the subsidy
              Raise pump prices toward import parity.
              cost: capital 2
              effects: reserves +0.3 after one turn; unrest +10
          imf_programme  Sign the programme
              cost: capital 1
              effects: reserves +1.5
              joint with donors: propose imf_programme donors

        Not available
          cash_transfers  Cash transfers: needs the subsidy reform first
        """;
    assertEquals(expected, ActionsList.render(Fixtures.teamView(), Style.PLAIN),
        "the actions of the fixture view");
  }

  @Test
  void aFullTurnReportHasSentencesOrdersEventsCausesAndScores() {
    String expected = """
        Turn 2, 2024-Q2
          You reformed the subsidy.
          Protests broke out in the capital.
        Orders
          gov  reform_subsidy  SUCCEEDED
          gov  cash_transfers  REFUSED: not enough capital
        Events
          Truckers' strike (injected): Roads are blocked.
        Changes
          International reserves fell from 4.4 to 4.2 USD bn.
            -0.3 Fuel subsidy bill (trend)
            +0.1 Reform the subsidy (gov) (set in motion earlier)
        Scores
          gov  54.5
        """;
    assertEquals(expected, ReportText.full(Fixtures.turnReport(), Style.PLAIN),
        "the full report of the fixture turn");
  }

  @Test
  void theFullHistorySaysSoWhenNoTurnHasBeenResolved() {
    assertEquals("No turn has been resolved yet.\n",
        ReportText.fullHistory(History.getDefaultInstance(), Style.PLAIN),
        "an empty history in full");
  }

  @Test
  void theFullHistoryGivesEveryTurnInFullSeparatedByABlankLine() {
    History two = History.newBuilder().addReports(Fixtures.turnReport())
        .addReports(Fixtures.turnReport().toBuilder().setTurn(3).setTurnLabel("2024-Q3")).build();
    String once = ReportText.full(Fixtures.turnReport(), Style.PLAIN);
    String expected = once + "\n" + once.replace("Turn 2, 2024-Q2", "Turn 3, 2024-Q3");
    assertEquals(expected, ReportText.fullHistory(two, Style.PLAIN), "two turns in full");
  }

  @Test
  void statusGivesTurnClockOrdersResourcesScoreAndTeammates() {
    String expected = """
        Team gov (Government), turn 3 of 8, 2024-Q3, running, 04:12 left
        Orders: reform_subsidy (open), last edited by Ana
        Resources: Political capital 3
        Score: 54.5 / 100
        Team: Ana, Ben (away)
        """;
    assertEquals(expected, GameText.status(Fixtures.teamView(), 252_000, Style.PLAIN),
        "the status of the fixture view");
  }

  @Test
  void thePromptShowsTurnLabelClockAndLock() {
    assertEquals("[T3 2022-Q4 04:12 locked] gov> ",
        Prompt.render("gov", Phase.RUNNING, 3, "2022-Q4", 252_000, true, Style.PLAIN),
        "a running, locked turn with a clock");
    assertEquals("[T3 2022-Q4 paused] gov> ",
        Prompt.render("gov", Phase.PAUSED, 3, "2022-Q4", 252_000, false, Style.PLAIN),
        "a paused turn shows no clock");
    assertEquals("[lobby] instructor> ",
        Prompt.render("instructor", Phase.LOBBY, 0, "", 0, false, Style.PLAIN),
        "before the start");
  }

  @Test
  void colouredTextStillLinesUpBecauseEscapesHaveNoWidth() {
    String plain = StateTable.render(Fixtures.teamView(), Style.PLAIN);
    String coloured = StateTable.render(Fixtures.teamView(), Style.ANSI)
        .replaceAll("\u001b\\[[0-9;]*m", "");
    assertEquals(plain, coloured, "the ANSI table without its escapes is the plain table");
  }
}
