package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.demarche.testing.SelfSignedPem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the server's certificate and key: what passes, and what each refusal says. */
class ServerTlsTest {
  @TempDir static Path folder;
  private static SelfSignedPem pem;
  private static SelfSignedPem other;

  @BeforeAll
  static void makeCertificates() throws Exception {
    pem = SelfSignedPem.create(folder, "server", "dns:localhost,ip:127.0.0.1");
    other = SelfSignedPem.create(folder, "other", "dns:localhost");
  }

  @Test
  void aMatchingPairIsReadAndSummedUpWithItsNamesAndEnd() throws Exception {
    String summary = ServerTls.read(pem.certificate(), pem.privateKey()).summary(Instant.now());
    assertTrue(summary.startsWith("certificate CN=localhost for localhost, 127.0.0.1, expires "),
        "the subject, the names clients check and the end: " + summary);
  }

  @Test
  void anExpiredCertificateSaysSoInItsSummary() throws Exception {
    String summary = ServerTls.read(pem.certificate(), pem.privateKey())
        .summary(Instant.now().plus(Duration.ofDays(10)));
    assertTrue(summary.contains(", EXPIRED "), "the summary warns: " + summary);
  }

  @Test
  void theKeyOfAnotherCertificateIsRefusedNamingBothFiles() throws Exception {
    ServerTls.UnusableFileException refused = assertThrows(ServerTls.UnusableFileException.class,
        () -> ServerTls.read(pem.certificate(), other.privateKey()));
    assertTrue(refused.getMessage().contains("the key in " + other.privateKey()
        + " does not match the certificate in " + pem.certificate()), refused.getMessage());
  }

  @Test
  void aMissingCertificateFileIsNamed() {
    Path missing = folder.resolve("nowhere.crt");
    ServerTls.UnusableFileException refused = assertThrows(ServerTls.UnusableFileException.class,
        () -> ServerTls.read(missing, pem.privateKey()));
    assertTrue(refused.getMessage().contains("cannot read the certificate file " + missing
        + ": no such file"), refused.getMessage());
  }

  @Test
  void aKeyThatIsNotPkcs8PemIsRefusedWithTheCommandThatConvertsIt() throws Exception {
    Path rsaKey = folder.resolve("rsa.key");
    Files.writeString(rsaKey, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
        + "-----END RSA PRIVATE KEY-----\n");
    ServerTls.UnusableFileException refused = assertThrows(ServerTls.UnusableFileException.class,
        () -> ServerTls.read(pem.certificate(), rsaKey));
    assertTrue(refused.getMessage().contains("the key file " + rsaKey
        + " holds no unencrypted PKCS#8 private key"), refused.getMessage());
    assertTrue(refused.getMessage().contains("openssl pkcs8 -topk8 -nocrypt"),
        "the fix is given: " + refused.getMessage());
  }

  @Test
  void aCertificateFileWithoutACertificateIsRefused() throws Exception {
    ServerTls.UnusableFileException refused = assertThrows(ServerTls.UnusableFileException.class,
        () -> ServerTls.read(pem.privateKey(), pem.privateKey()));
    assertTrue(refused.getMessage().contains("the certificate file " + pem.privateKey()),
        refused.getMessage());
  }
}
