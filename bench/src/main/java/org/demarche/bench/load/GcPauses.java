package org.demarche.bench.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long this JVM's collectors have stopped it so far. A pause of the server or of this driver
 * delays every request in flight, so a phase reports both beside its latencies.
 */
final class GcPauses {
  private GcPauses() {}

  /**
   * Milliseconds of stop-the-world collection since the JVM started: every collector's time but
   * ZGC's "Cycles", which run beside the program (its "Pauses" are counted).
   */
  static long millisSoFar() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!collector.getName().endsWith("Cycles") && collector.getCollectionTime() > 0) {
        millis += collector.getCollectionTime();
      }
    }
    return millis;
  }
}
