package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The client prints a turn's breakdown with its own formatter under the sentence the server
 * wrote with the engine's: the two must round every number alike, or a report says +2.63 in its
 * summary and +2.62 just below.
 */
class NumbersAgreeTest {
  @Test
  void theClientRoundsEveryChangeAsTheEngineDoes() {
    SplittableRandom random = new SplittableRandom(7);
    double[] edges = {2.625, -2.625, 0.125, 0.0005, -0.0005, 99.95, 100.05, 0.9995, 1e-4, 0};
    for (double value : edges) {
      assertAgree(value);
    }
    for (int i = 0; i < 100_000; i++) {
      // Amounts like the scenarios': up to three decimals and a few thousands.
      double value = Math.round(random.nextDouble(-5_000, 5_000) * 1_000) / 1_000.0
          / (1 + random.nextInt(8));
      assertAgree(value);
    }
  }

  private static void assertAgree(double value) {
    assertEquals(org.demarche.engine.Numbers.signed(value),
        org.demarche.client.render.Numbers.change(value), "the change " + value);
    assertEquals(org.demarche.engine.Numbers.format(value),
        org.demarche.client.render.Numbers.value(value), "the value " + value);
  }
}
