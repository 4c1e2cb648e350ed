package org.demarche.server.cli;

import org.demarche.net.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code serve} options that set what one client may cost the server (docs/hardening.md). */
final class LimitOptions {
  /** A connection may send this many times its per-second rate at once, after a quiet spell. */
  static final int BURST_SECONDS = 5;

  @Spec(Spec.Target.MIXEE) private CommandSpec spec;

  @Option(names = "--max-connections", paramLabel = "N", defaultValue = "30000",
      description = "Connections open at once on the whole server (default ${DEFAULT-VALUE}).")
  private int total;

  @Option(names = "--max-connections-per-ip", paramLabel = "N", defaultValue = "256",
      description = "Connections open at once from one IP address, loopback excepted "
          + "(default ${DEFAULT-VALUE}; a class behind one NAT shares an address).")
  private int perAddress;

  @Option(names = "--requests-per-second", paramLabel = "N", defaultValue = "100",
      description = "Requests one connection may send per second, with bursts of "
          + BURST_SECONDS + " times as many (default ${DEFAULT-VALUE}).")
  private int perSecond;

  /** The limits asked for; a value that is not positive is a usage error naming the option. */
  Limits limits() {
    positive("--max-connections", total);
    positive("--max-connections-per-ip", perAddress);
    positive("--requests-per-second", perSecond);
    Limits defaults = Limits.defaults();
    return defaults.withConnections(total, perAddress, defaults.limitLoopback())
        .withRequestRate(perSecond, perSecond * BURST_SECONDS);
  }

  private void positive(String option, int value) {
    if (value <= 0) {
      throw new ParameterException(spec.commandLine(), option + " must be at least 1, got "
          + value);
    }
  }
}
