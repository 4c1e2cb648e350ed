package org.demarche.testing;

import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * A self-signed certificate and its private key made at test time by the JDK's {@code keytool}
 * and written as PEM files (the certificate, and the key as PKCS#8), so no private key is ever
 * committed. An EC key, because keytool starts a JVM of its own and RSA would add seconds more;
 * make them once per test class.
 *
 * @param certificate the PEM certificate file
 * @param privateKey the PKCS#8 PEM private key file
 */
public record SelfSignedPem(Path certificate, Path privateKey) {
  private static final String ALIAS = "demarche";
  private static final char[] PASSWORD = "test-only".toCharArray();
  private static final long KEYTOOL_SECONDS = 60;

  /**
   * Makes {@code NAME.crt} and {@code NAME.key} in {@code folder} for {@code CN=localhost}.
   *
   * @param subjectAlternativeNames keytool's list, e.g. {@code dns:localhost,ip:127.0.0.1}
   */
  public static SelfSignedPem create(Path folder, String name, String subjectAlternativeNames)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path store = folder.resolve(name + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS,
        "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
        "-ext", "SAN=" + subjectAlternativeNames, "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", new String(PASSWORD))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("keytool could not make a certificate: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    Certificate certificate = keys.getCertificate(ALIAS);
    PrivateKey key = (PrivateKey) keys.getKey(ALIAS, PASSWORD);
    SelfSignedPem pem = new SelfSignedPem(folder.resolve(name + ".crt"),
        folder.resolve(name + ".key"));
    Files.writeString(pem.certificate(), pem("CERTIFICATE", certificate.getEncoded()));
    // A PrivateKey's encoding is PKCS#8.
    Files.writeString(pem.privateKey(), pem("PRIVATE KEY", key.getEncoded()));
    return pem;
  }

  /** Sockets of a client that trusts this certificate and nothing else. */
  public SSLSocketFactory trustingSockets() throws SSLException {
    JdkSslContext client = (JdkSslContext) SslContextBuilder.forClient()
        .sslProvider(SslProvider.JDK)
        .trustManager(certificate.toFile())
        .build();
    return client.context().getSocketFactory();
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
