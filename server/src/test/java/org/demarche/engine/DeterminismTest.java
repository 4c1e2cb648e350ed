package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/** The same scenario, seed and orders give the same game bit for bit; another seed does not. */
class DeterminismTest {
  static Scenario tutorial() {
    return ScenarioLoader.load(Repository.file("scenarios/tutorial.json")).scenario();
  }

  private static List<Long> hashes(Scenario scenario, long seed, Policy policy) {
    List<Long> hashes = new ArrayList<>();
    List<TurnResult> results = Policies.play(scenario, seed, 8,
        Collections.nCopies(scenario.teams().size(), policy), Policies.Script.NONE);
    for (TurnResult r : results) {
      hashes.add(r.state().hash());
    }
    return hashes;
  }

  @Test
  void theSameSeedGivesTheSameStateHashEveryTurn() {
    List<Long> first = hashes(tutorial(), 7, Policies.RANDOM);
    List<Long> second = hashes(tutorial(), 7, Policies.RANDOM);
    assertEquals(first, second, "two loads of the scenario, same seed, same policy: same hashes");
  }

  @Test
  void aDifferentSeedGivesADifferentGame() {
    assertNotEquals(hashes(tutorial(), 7, Policies.RANDOM), hashes(tutorial(), 8, Policies.RANDOM),
        "seed 7 and seed 8 should not play the same game");
  }

  @Test
  void theAutopilotIsDeterministicToo() {
    assertEquals(hashes(tutorial(), 3, Policies.AUTOPILOT), hashes(tutorial(), 3, Policies.AUTOPILOT),
        "the autopilot draws only from the game's generator");
  }

  @Test
  void theHashSeesEveryPartOfTheState() {
    Scenario scenario = tutorial();
    GameState start = Engine.start(scenario, 1, 8);
    GameState other = Engine.start(scenario, 2, 8);
    assertNotEquals(start.hash(), other.hash(), "the seed is part of the state");
    GameState quiet = Engine.resolve(scenario, start, TurnInput.NONE).state();
    GameState busy = Engine.resolve(scenario, start,
        TurnInput.of(TeamOrders.of(scenario.teams().get(0).id(),
            scenario.actions().get(0).id()))).state();
    assertNotEquals(quiet.hash(), busy.hash(), "an order changes the state and its hash");
  }

  @Test
  void aGameStartsTheSameWhicheverGamesOfItsScenarioWerePlayedBefore() {
    Scenario shared = tutorial();
    hashes(shared, 8, Policies.RANDOM);
    GameState start = Engine.start(shared, 7, 5);
    assertEquals(7, start.seed(), "a game shares the opening of its scenario, not its seed");
    assertEquals(5, start.lastTurn(), "nor its length");
    assertEquals(Engine.start(tutorial(), 7, 5).hash(), start.hash(),
        "the same opening as on a scenario nobody played");
    assertEquals(hashes(tutorial(), 7, Policies.RANDOM), hashes(shared, 7, Policies.RANDOM),
        "the same game as on a scenario nobody played");
  }

  @Test
  void anOpeningThatDrawsRandomNumbersDependsOnTheSeed() {
    Scenario scenario = new TinyScenario()
        .variable("{'id': 'noise', 'label': 'Noise', 'domain': 'economy', 'formula': 'uniform(0, 100)'}")
        .load();
    int noise = scenario.variableIndex("noise");
    assertNotEquals(Engine.start(scenario, 1, 6).valueAt(0, noise),
        Engine.start(scenario, 2, 6).valueAt(0, noise), "a derived variable draws with the seed");
    assertEquals(Engine.start(scenario, 1, 6).hash(), Engine.start(scenario, 1, 6).hash(),
        "and draws the same with the same seed");
  }
}
