package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collections;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/** A report's ledger, recorded only when read by resolving the turn again, is the turn's own. */
class ReplayedLedgerTest {

  @Test
  void everyStoredVariablesLedgerAddsUpToItsChangeInAWholeRandomGame() {
    Scenario scenario = ScenarioLoader.load(Repository.file("scenarios/bolivia-2022.json"))
        .scenario();
    List<TurnResult> results = Policies.play(scenario, 11, 12,
        Collections.nCopies(scenario.teams().size(), Policies.RANDOM), Policies.Script.NONE);
    for (TurnResult result : results) {
      TurnReport report = result.report();
      assertFalse(report.ledger().isEmpty(), "turn " + report.turn() + " records the dynamics");
      for (int v = 0; v < scenario.variables().size(); v++) {
        if (scenario.variables().get(v).isDerived()) {
          continue;
        }
        double sum = 0;
        for (Contribution c : report.ledger(v)) {
          sum += c.amount();
        }
        double change = report.change(v);
        assertEquals(change, sum, 1e-9 * Math.max(1, Math.abs(report.after(v))),
            "turn " + report.turn() + ", " + scenario.variables().get(v).id());
      }
      assertEquals(report.ledger(), report.ledger(), "read twice, the same entries");
    }
  }
}
