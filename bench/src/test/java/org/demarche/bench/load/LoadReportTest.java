package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadReportTest {
  private static final String RATE_LIMITED = "UnexpectedReplyException: EDIT_DRAFT expected ACK,"
      + " got error RESOURCE_EXHAUSTED: too many requests: at most 100 per second; slow down";

  private static Phase phase(double serverCores) {
    return new Phase(2, 100, 1, 2, 3, new Traffic.Snapshot(100, 200, 1000, 2000), serverCores,
        0.5, serverCores > 0 ? 0 : -1, 0);
  }

  private static String rendered(Phase phase) {
    StringBuilder out = new StringBuilder();
    LoadReport.phase(out, "play", phase);
    return out.toString();
  }

  @Test
  void failuresThatAreNotTheRateLimitAreListedAsTheyWere() {
    assertEquals("failed requests: 0 ", LoadReport.failureLine(0, List.of()));
    assertEquals("failed requests: 1 [ClosedChannelException: null]",
        LoadReport.failureLine(1, List.of("ClosedChannelException: null")));
  }

  @Test
  void failuresOfTheRateLimitSayHowToLiftIt() {
    String line = LoadReport.failureLine(20, List.of(RATE_LIMITED));
    assertTrue(line.startsWith("failed requests: 20 [" + RATE_LIMITED + "]")
        && line.contains("start it with --requests-per-second 100000"), line);
  }

  @Test
  void aServerWhoseCpuIsUnknownIsSaidNotMeasuredNotNaN() {
    String text = rendered(phase(Double.NaN));
    assertTrue(text.contains("server CPU not measured, client CPU 0.50 cores")
        && !text.contains("NaN"), text);
  }

  @Test
  void aMeasuredServersCpuIsInCores() {
    String text = rendered(phase(1.25));
    assertTrue(text.contains("server CPU 1.25 cores, client CPU 0.50 cores"), text);
  }
}
