package org.demarche.bench.load;

import com.sun.management.OperatingSystemMXBean;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The server process's resources at one instant: CPU time so far, heap in use (or its live objects
 * when asked) and Netty's direct memory. Travels as one line between the server process and the
 * load driver.
 *
 * @param cpuNanos CPU time the whole server process has used since it started
 * @param heapBytes heap in use; the bytes of the live objects when taken after a GC
 * @param directBytes direct memory held by Netty's default allocator, -1 when it does not say
 * @param gcPauseMillis time the server's collectors have stopped it since it started
 */
record ServerSample(long cpuNanos, long heapBytes, long directBytes, long gcPauseMillis) {
  private static final String PREFIX = "sample";

  /**
   * Samples this process; with {@code gc}, the heap is the live set, counted to the byte after a
   * full collection ({@link LiveHeap}).
   */
  static ServerSample ofThisProcess(boolean gc) {
    long heap = gc ? LiveHeap.bytes() : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
        .getUsed();
    OperatingSystemMXBean os =
        ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long direct = ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider metered
        ? metered.metric().usedDirectMemory() : -1;
    return new ServerSample(os.getProcessCpuTime(), heap, direct, GcPauses.millisSoFar());
  }

  String toLine() {
    return String.format(Locale.ROOT, "%s %d %d %d %d", PREFIX, cpuNanos, heapBytes, directBytes,
        gcPauseMillis);
  }

  /** Reads a line of {@link #toLine}; null when it is another line (a log line, say). */
  static ServerSample parse(String line) {
    String[] parts = line.trim().split(" ");
    if (parts.length != 5 || !parts[0].equals(PREFIX)) {
      return null;
    }
    return new ServerSample(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
        Long.parseLong(parts[3]), Long.parseLong(parts[4]));
  }
}
