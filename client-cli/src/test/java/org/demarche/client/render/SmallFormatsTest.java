package org.demarche.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sparklines, clocks, numbers and the colour switch. */
class SmallFormatsTest {

  @Test
  void aRisingSeriesUsesEveryBlockFromLowestToHighest() {
    assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), 12),
        "eight evenly rising values");
  }

  @Test
  void aFlatSeriesIsDrawnAtMidHeight() {
    assertEquals("▄▄▄", Sparkline.of(List.of(2.0, 2.0, 2.0), 12), "a flat series");
  }

  @Test
  void aLongSeriesKeepsOnlyItsLatestValues() {
    assertEquals("▁█", Sparkline.of(List.of(9.0, 9.0, 9.0, 1.0, 5.0), 2), "the last two of five");
  }

  @Test
  void anEmptySeriesDrawsNothing() {
    assertEquals("", Sparkline.of(List.of(), 12), "no values");
  }

  @ParameterizedTest(name = "{0} ms reads {1}")
  @CsvSource({"0, 00:00", "1, 00:01", "252000, 04:12", "3600000, 1:00:00", "-5, 00:00"})
  void clocksRoundUpToWholeSeconds(long millis, String expected) {
    assertEquals(expected, TimeFormat.clock(millis), "the clock for " + millis + " ms");
  }

  @ParameterizedTest(name = "{0} reads {1} and changes read {2}")
  @CsvSource({"4.5, 4.5, +4.5", "55, 55, +55", "2.625, 2.63, +2.63", "-2.625, -2.63, -2.63",
      "-0.2514, -0.251, -0.251", "0.125, 0.125, +0.125", "0.0004, 0, 0", "-0.0004, 0, 0",
      "1234.56, 1234.6, +1234.6"})
  void numbersAreRoundedAsTheServerWritesThemAndChangesHaveASign(double value, String shown,
      String change) {
    assertEquals(shown, Numbers.value(value), "the value " + value);
    assertEquals(change, Numbers.change(value), "the change " + value);
  }

  @ParameterizedTest(name = "terminal={0}, NO_COLOR={1}: colours {2}")
  @CsvSource(value = {"true, null, true", "true, 1, false", "true, '', true", "false, null, false"},
      nullValues = "null")
  void coloursNeedATerminalAndNoNoColor(boolean terminal, String noColor, boolean colours) {
    assertEquals(colours, Style.choose(terminal, noColor).enabled(),
        "colours for terminal=" + terminal + " NO_COLOR=" + noColor);
  }
}
