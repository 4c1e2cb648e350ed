package org.demarche.client.cli;

import java.nio.file.Path;
import org.demarche.client.net.ServerAddress;
import picocli.CommandLine.Option;

/**
 * The options every subcommand shares: where the server is and how to reach it (TLS), script
 * mode, JSON output and the timeouts.
 *
 * <p>Filled by picocli on the main thread; read-only afterwards.
 */
public final class SessionOptions {
  @Option(names = "--server", paramLabel = "HOST:PORT", defaultValue = ServerAddress.DEFAULT,
      description = "The server (default: ${DEFAULT-VALUE}).")
  String server;

  @Option(names = "--tls",
      description = "Connect with TLS, trusting the certificate authorities of the JVM's default "
          + "trust store. The certificate must name the --server host.")
  boolean tls;

  @Option(names = "--trust-cert", paramLabel = "FILE",
      description = "Connect with TLS, trusting only the PEM certificate(s) in FILE, e.g. the "
          + "server's self-signed one (implies --tls).")
  Path trustCert;

  @Option(names = "--script", paramLabel = "FILE",
      description = "Run the commands in FILE, one a line ('#' starts a comment), then leave. "
          + "Without a terminal, commands are read from standard input the same way.")
  Path script;

  @Option(names = "--keep-going",
      description = "In script mode, run the remaining commands after one fails.")
  boolean keepGoing;

  @Option(names = "--json",
      description = "Print every reply and push as one JSON object a line (proto3 JSON, the "
          + ".proto's field names); messages for people go to standard error.")
  boolean json;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
      description = "How long to wait for a reply (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "How long a script's 'wait' may last (default: ${DEFAULT-VALUE}).")
  int waitTimeoutSeconds;
}
