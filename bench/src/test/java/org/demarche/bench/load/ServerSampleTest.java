package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerSampleTest {
  @Test
  void aSampleTravelsAsOneLineAndBack() {
    ServerSample sample = new ServerSample(123_456_789L, 20L << 20, 4L << 20, 87);
    assertEquals(sample, ServerSample.parse(sample.toLine()), "the line gives the sample back");
  }

  @Test
  void anotherLineIsNotASample() {
    assertNull(ServerSample.parse("INFO: game g1 created from tutorial"), "a log line");
    assertNull(ServerSample.parse("sample 1 2 3"), "a sample line of another version");
  }

  @Test
  void thisProcessIsSampledWithItsCollectorsPauses() {
    ServerSample sample = ServerSample.ofThisProcess(true);
    assertTrue(sample.gcPauseMillis() >= 0 && sample.cpuNanos() > 0 && sample.heapBytes() > 0,
        "CPU, heap and pauses: " + sample);
  }
}
