package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.demarche.client.ExitCode;
import org.demarche.e2e.CliClient.Run;
import org.demarche.testing.SelfSignedPem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar serving TLS ({@code serve --tls-cert --tls-key}) and the real client: one that
 * trusts the certificate plays requests; one that does not, one that reaches it by a name the
 * certificate does not hold, and one speaking plain TCP are refused with the reason, and the
 * server keeps serving.
 */
class TlsIT {
  private static final String FAILED_HANDSHAKE = "the TLS handshake failed";

  @TempDir Path folder;
  @TempDir Path home;

  @Test
  void aTlsServerServesTheClientsThatTrustItAndTurnsAwayTheOthers() throws Exception {
    // Named for localhost only, so that 127.0.0.1 is a name the certificate does not hold.
    SelfSignedPem pem = SelfSignedPem.create(folder, "server", "dns:localhost");
    try (ServerProcess server = ServerProcess.start(folder.resolve("data"), "stderr.txt",
        "--tls-cert", pem.certificate().toString(), "--tls-key", pem.privateKey().toString())) {
      assertTrue(server.lines.stream().anyMatch(
              line -> line.startsWith("tls: certificate CN=localhost for localhost, expires ")),
          "the server says what it serves TLS with: " + server.lines);
      String byName = "localhost:" + server.port;
      String trust = pem.certificate().toString();

      Run trusted = scenarios(server, "--server", byName, "--trust-cert", trust);
      assertEquals(ExitCode.OK, trusted.exitCode(), "the trusting client works:\n" + trusted.all());
      assertTrue(trusted.out().contains("bolivia-2022"), "it lists the scenarios:\n"
          + trusted.all());
      Run created = CliClient.run(home, server.key, "create tutorial-quenara\n", "instructor",
          "--server", byName, "--trust-cert", trust);
      assertTrue(created.out().contains(" --name NAME --server " + byName + " --trust-cert CERT\n"),
          "the join command read out to the class reaches this server:\n" + created.all());

      Run untrusted = scenarios(server, "--server", byName, "--tls");
      assertEquals(ExitCode.UNREACHABLE, untrusted.exitCode(), untrusted.all());
      assertTrue(untrusted.err().contains("error: the server's certificate is not trusted: ")
              && untrusted.err().contains("pass --trust-cert FILE"),
          "the default trust store does not hold it, and the client says what to do:\n"
              + untrusted.all());

      Run otherName = scenarios(server, "--server", "127.0.0.1:" + server.port,
          "--trust-cert", trust);
      assertEquals(ExitCode.UNREACHABLE, otherName.exitCode(), otherName.all());
      assertTrue(otherName.err().contains("not trusted: No subject alternative names matching"
              + " IP address 127.0.0.1 found"),
          "the host name is checked even for a trusted certificate:\n" + otherName.all());

      Run plain = scenarios(server, "--server", byName);
      assertEquals(ExitCode.UNREACHABLE, plain.exitCode(), plain.all());
      assertTrue(plain.err().contains("if the server uses TLS, connect with --tls or"
          + " --trust-cert FILE"), "the plain client is told to try TLS:\n" + plain.all());

      Run again = scenarios(server, "--server", byName, "--trust-cert", trust);
      assertEquals(ExitCode.OK, again.exitCode(), "the server still serves:\n" + again.all());
      assertEquals(3, failedHandshakes(server, 3),
          "one log line for each refused client:\n" + server.stderr());
    }
  }

  private Run scenarios(ServerProcess server, String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "instructor";
    System.arraycopy(options, 0, args, 1, options.length);
    return CliClient.run(home, server.key, "scenarios\n", args);
  }

  /** Counts the server's lines about failed TLS handshakes, waiting (bounded) for {@code want}. */
  private static long failedHandshakes(ServerProcess server, int want) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ServerProcess.LIMIT_SECONDS);
    long count;
    do {
      count = server.stderr().lines().filter(line -> line.contains(FAILED_HANDSHAKE)).count();
      if (count >= want) {
        return count;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return count;
  }
}
