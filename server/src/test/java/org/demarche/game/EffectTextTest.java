package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demarche.engine.model.Action;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.EffectDetail;
import org.junit.jupiter.api.Test;

/** Costs and effects in words, at each level of detail, on the tutorial's actions. */
class EffectTextTest {
  private static final Scenario TUTORIAL = Harness.scenario();

  private static Action action(String id) {
    return TUTORIAL.actions().get(TUTORIAL.actionIndex(id));
  }

  @Test
  void theCostNamesEachResourceWithItsAmount() {
    assertEquals("capital 2, treasury 50", EffectText.cost(TUTORIAL, action("border_crackdown")),
        "both costs of the crackdown");
  }

  @Test
  void exactDetailGivesAmountsUnitsDelaysAndDurations() {
    assertEquals("Inflation -1 % per year after 1 turn, for 2 turns;"
            + " International reserves +0.2 USD bn; Government approval -1 %",
        EffectText.effects(TUTORIAL, action("rate_hike"), EffectDetail.EXACT), "the rate hike");
  }

  @Test
  void exactDetailSaysWhichEffectsFollowSuccessAndWhichFailure() {
    assertEquals("chance of success: clamp(0.4 + 0.05 * self.capital, 0, 0.9);"
            + " if it succeeds: Fuel smuggling -12 index 0-100;"
            + " if it fails: Social unrest +4 index 0-100; if it fails: Government approval -2 %",
        EffectText.effects(TUTORIAL, action("border_crackdown"), EffectDetail.EXACT),
        "the crackdown");
  }

  @Test
  void qualitativeDetailGivesDirectionAndRoughSizeOnly() {
    assertEquals("lowers Inflation slightly after 1 turn, over 2 turns;"
            + " raises International reserves slightly; lowers Government approval slightly",
        EffectText.effects(TUTORIAL, action("rate_hike"), EffectDetail.QUALITATIVE),
        "the rate hike in words");
    assertEquals("raises Pump price as share of import cost; raises Social unrest;"
            + " lowers Government approval slightly",
        EffectText.effects(TUTORIAL, action("raise_fuel_price"), EffectDetail.QUALITATIVE),
        "the price rise in words");
  }

  @Test
  void hiddenDetailSaysNothing() {
    assertEquals("", EffectText.effects(TUTORIAL, action("rate_hike"), EffectDetail.HIDDEN),
        "only the description remains");
  }
}
