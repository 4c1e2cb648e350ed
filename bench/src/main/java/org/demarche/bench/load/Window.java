package org.demarche.bench.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * A stretch of load being measured: opened before it starts and closed after it ends, it gives
 * the {@link Phase}'s wall time, traffic and CPU of both processes. No GC is forced inside it.
 */
final class Window {
  private static final OperatingSystemMXBean THIS_PROCESS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

  private final ServerTarget server;
  private final Traffic traffic;
  private final Traffic.Snapshot trafficAtStart;
  private final Optional<ServerSample> serverAtStart;
  private final long clientCpuAtStart;
  private final long clientGcAtStart;
  private final long startNanos;

  private Window(ServerTarget server, Traffic traffic) throws IOException {
    this.server = server;
    this.traffic = traffic;
    this.serverAtStart = server.sample(false);
    this.trafficAtStart = traffic.snapshot();
    this.clientCpuAtStart = THIS_PROCESS.getProcessCpuTime();
    this.clientGcAtStart = GcPauses.millisSoFar();
    this.startNanos = System.nanoTime();
  }

  static Window open(ServerTarget server, Traffic traffic) throws IOException {
    return new Window(server, traffic);
  }

  /** Ends the window; {@code latencies} are the requests timed in it. */
  Phase close(LatencyHistogram latencies) throws IOException {
    long wall = System.nanoTime() - startNanos;
    long clientCpu = THIS_PROCESS.getProcessCpuTime() - clientCpuAtStart;
    Traffic.Snapshot moved = traffic.snapshot().minus(trafficAtStart);
    long clientGc = GcPauses.millisSoFar() - clientGcAtStart;
    Optional<ServerSample> serverAtEnd = server.sample(false);
    boolean measured = serverAtStart.isPresent() && serverAtEnd.isPresent();
    double serverCores = measured
        ? (double) (serverAtEnd.get().cpuNanos() - serverAtStart.get().cpuNanos()) / wall
        : Double.NaN;
    long serverGc = measured
        ? serverAtEnd.get().gcPauseMillis() - serverAtStart.get().gcPauseMillis() : -1;
    return new Phase(wall / 1e9, latencies.count(), latencies.percentileMillis(0.50),
        latencies.percentileMillis(0.99), latencies.percentileMillis(0.999), moved, serverCores,
        (double) clientCpu / wall, serverGc, clientGc);
  }
}
