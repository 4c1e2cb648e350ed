package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.demarche.testing.CommandRun;
import org.demarche.testing.SelfSignedPem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --tls-cert FILE --tls-key FILE}: the options parse, go together, and unusable
 * files stop the server before it starts anything. (Serving with good files: the e2e TlsIT.)
 */
class ServeCommandTlsTest {
  @TempDir Path folder;

  @Test
  void theHelpListsBothTlsOptions() {
    CommandRun run = CommandRun.of("serve", "--help");
    assertTrue(run.out().contains("--tls-cert=FILE") && run.out().contains("--tls-key=FILE"),
        "the options are documented:\n" + run.all());
  }

  @Test
  void aCertificateWithoutAKeyIsAUsageErrorNamingTheMissingOption() {
    CommandRun run = CommandRun.of("serve", "--tls-cert", "server.crt", "--port", "0");
    assertEquals(2, run.exitCode(), "a usage error:\n" + run.all());
    assertTrue(run.err().contains("--tls-key"), "the missing option is named:\n" + run.all());
  }

  @Test
  void aKeyWithoutACertificateIsAUsageErrorNamingTheMissingOption() {
    CommandRun run = CommandRun.of("serve", "--tls-key", "server.key", "--port", "0");
    assertEquals(2, run.exitCode(), "a usage error:\n" + run.all());
    assertTrue(run.err().contains("--tls-cert"), "the missing option is named:\n" + run.all());
  }

  @Test
  void mismatchedFilesAreRefusedBeforeAnythingStarts() throws Exception {
    SelfSignedPem server = SelfSignedPem.create(folder, "server", "dns:localhost");
    SelfSignedPem other = SelfSignedPem.create(folder, "other", "dns:localhost");
    Path data = folder.resolve("data");
    CommandRun run = CommandRun.of("serve", "--port", "0", "--data", data.toString(),
        "--tls-cert", server.certificate().toString(),
        "--tls-key", other.privateKey().toString());
    assertEquals(2, run.exitCode(), "unusable files are a usage error:\n" + run.all());
    assertTrue(run.err().contains("the key in " + other.privateKey()
        + " does not match the certificate in " + server.certificate()),
        "the error names both files:\n" + run.all());
    assertFalse(run.out().contains("listening on"), "nothing listens:\n" + run.all());
    assertFalse(Files.exists(data), "not even the data folder is made");
    assertFalse(run.err().contains("Usage:"),
        "the options were used rightly, so no usage text follows:\n" + run.all());
    assertEquals(1, run.err().strip().lines().count(), "the message alone:\n" + run.all());
  }
}
