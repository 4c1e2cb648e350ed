package org.demarche.client.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Whom a TLS client trusts: the JVM's default trust store ({@code --tls}), or only the
 * certificates of one PEM file ({@code --trust-cert FILE}), e.g. a server's self-signed one.
 *
 * <p>Stateless; any thread.
 */
public final class TlsTrust {
  private TlsTrust() {}

  /** The JVM's default trust store: certificates signed by a public or company authority. */
  public static SSLSocketFactory systemDefault() {
    return (SSLSocketFactory) SSLSocketFactory.getDefault();
  }

  /**
   * Trusts the PEM certificates in {@code file}, and nothing else.
   *
   * @throws IOException with a sentence naming the file when it cannot be read or holds no
   *     certificate
   */
  public static SSLSocketFactory pemFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IOException(file + " holds no certificate ('-----BEGIN CERTIFICATE-----')");
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        trusted.setCertificateEntry("trusted-" + index++, certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read " + file + ": no such file", e);
    } catch (GeneralSecurityException e) {
      throw new IOException(file + " does not hold a PEM certificate: " + e.getMessage(), e);
    }
  }
}
