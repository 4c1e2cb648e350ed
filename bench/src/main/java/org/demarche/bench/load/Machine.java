package org.demarche.bench.load;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the machine was doing when a figure was taken: cores, load averages (the machine may be
 * shared), the open-file limit, the JVM.
 *
 * @param loadAverage the 1, 5 and 15 minute load averages, as {@code /proc/loadavg} says
 * @param maxFiles this process's open-file limit, -1 when unknown
 */
record Machine(int cores, String loadAverage, long maxFiles, long openFiles, String java) {
  static Machine now() {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long max = -1;
    long open = -1;
    if (os instanceof UnixOperatingSystemMXBean unix) {
      max = unix.getMaxFileDescriptorCount();
      open = unix.getOpenFileDescriptorCount();
    }
    return new Machine(Runtime.getRuntime().availableProcessors(), loadAverage(os), max, open,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
  }

  private static String loadAverage(OperatingSystemMXBean os) {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f (1 min)", os.getSystemLoadAverage());
    }
  }

  /**
   * How many more files this process can open, keeping some for the JVM (jars, event loops);
   * each connection is one file here and one in the server process, which has the same limit.
   */
  long filesLeft() {
    return maxFiles < 0 ? Long.MAX_VALUE : maxFiles - openFiles - 128;
  }
}
