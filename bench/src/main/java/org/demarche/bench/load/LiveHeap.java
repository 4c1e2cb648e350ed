package org.demarche.bench.load;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The bytes of every live object in this JVM's heap, to the byte whatever the collector: the
 * heap's "used" figure counts whole regions (ZGC's are 2 MB), which hides what a connection or a
 * game costs. Taken from HotSpot's class histogram, the sum of every class's instances.
 */
final class LiveHeap {
  private static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";
  private static final String TOTAL = "Total";

  private LiveHeap() {}

  /**
   * Collects the garbage and sums the objects that are left. Takes a while on a big heap: call
   * it between measured stretches, never inside one.
   */
  static long bytes() {
    // ZGC's histogram walks the reachable objects without collecting, weakly reachable ones
    // included; a full collection first clears those, as the other collectors do themselves.
    System.gc();
    return totalBytes(classHistogram());
  }

  private static String classHistogram() {
    try {
      return (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName(DIAGNOSTIC_COMMANDS), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
    } catch (JMException e) {
      throw new UnsupportedOperationException(
          "this JVM has no class histogram (HotSpot's gcClassHistogram diagnostic command)", e);
    }
  }

  /**
   * The bytes of the {@code Total} line that ends a class histogram:
   * {@code Total <instances> <bytes>}.
   *
   * @throws IllegalArgumentException when {@code histogram} has no such line
   */
  static long totalBytes(String histogram) {
    String[] lines = histogram.strip().split("\n");
    String[] last = lines[lines.length - 1].trim().split("\\s+");
    if (last.length != 3 || !last[0].equals(TOTAL)) {
      throw new IllegalArgumentException("a class histogram ends with its " + TOTAL
          + " line, not: " + lines[lines.length - 1]);
    }
    return Long.parseLong(last[2]);
  }
}
