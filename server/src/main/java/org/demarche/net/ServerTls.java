package org.demarche.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * The server's TLS identity, read from a PEM certificate chain and a PKCS#8 PEM private key that
 * are checked to belong together, as the {@link SslContext} the pipeline's {@code tls} handler is
 * made from (the JDK's TLS, no native library).
 *
 * <p>Immutable once read; any thread.
 */
public final class ServerTls {
  private static final Pattern PKCS8_KEY = Pattern.compile(
      "-----BEGIN PRIVATE KEY-----(.*?)-----END PRIVATE KEY-----", Pattern.DOTALL);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE
      .withZone(ZoneOffset.UTC);
  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  private final X509Certificate certificate;
  private final SslContext context;

  private ServerTls(X509Certificate certificate, SslContext context) {
    this.certificate = certificate;
    this.context = context;
  }

  /** A certificate or key file that cannot serve: the message names the file and what is wrong. */
  public static final class UnusableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableFileException(String sentence, Throwable cause) {
      super(sentence, cause);
    }
  }

  /**
   * Reads the chain (the server's own certificate first) and its private key.
   *
   * @throws UnusableFileException when a file cannot be read or parsed, or the key is not the
   *     certificate's
   */
  public static ServerTls read(Path chainFile, Path keyFile) throws UnusableFileException {
    List<X509Certificate> chain = readChain(chainFile);
    PrivateKey key = readKey(keyFile, chain.get(0), chainFile);
    checkPair(key, chain.get(0), chainFile, keyFile);
    try {
      SslContext context = SslContextBuilder.forServer(key, chain)
          .sslProvider(SslProvider.JDK)
          .build();
      return new ServerTls(chain.get(0), context);
    } catch (SSLException e) {
      throw new UnusableFileException("TLS cannot start with " + chainFile + " and " + keyFile
          + ": " + e.getMessage(), e);
    }
  }

  /** What every connection's {@code tls} handler is made from. */
  public SslContext context() {
    return context;
  }

  /**
   * One line for the instructor: whom the certificate names and until when, e.g. {@code
   * certificate CN=class.example.org for class.example.org, 10.0.0.5, expires 2026-06-30}.
   */
  public String summary(Instant now) {
    Instant end = certificate.getNotAfter().toInstant();
    String names = namesOf(certificate);
    return "certificate " + certificate.getSubjectX500Principal().getName()
        + (names.isEmpty() ? " (no subject alternative names: clients cannot verify it)"
            : " for " + names)
        + (end.isBefore(now) ? ", EXPIRED " : ", expires ") + DAY.format(end);
  }

  private static List<X509Certificate> readChain(Path file) throws UnusableFileException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
          .generateCertificates(in).stream()
          .map(X509Certificate.class::cast)
          .collect(Collectors.toList());
      if (chain.isEmpty()) {
        throw new UnusableFileException("the certificate file " + file
            + " holds no certificate ('-----BEGIN CERTIFICATE-----')", null);
      }
      return chain;
    } catch (IOException e) {
      throw new UnusableFileException(cannotRead("certificate", file, e), e);
    } catch (CertificateException e) {
      throw new UnusableFileException("the certificate file " + file
          + " does not hold PEM certificates: " + e.getMessage(), e);
    }
  }

  private static PrivateKey readKey(Path file, X509Certificate certificate, Path chainFile)
      throws UnusableFileException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UnusableFileException(cannotRead("key", file, e), e);
    }
    Matcher pem = PKCS8_KEY.matcher(text);
    if (!pem.find()) {
      throw new UnusableFileException("the key file " + file + " holds no unencrypted PKCS#8"
          + " private key ('-----BEGIN PRIVATE KEY-----'); convert it with: openssl pkcs8"
          + " -topk8 -nocrypt -in " + file + " -out server-pkcs8.key", null);
    }
    String algorithm = certificate.getPublicKey().getAlgorithm();
    try {
      byte[] der = Base64.getMimeDecoder().decode(pem.group(1));
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new UnusableFileException("the key file " + file + " does not hold the " + algorithm
          + " private key of the certificate in " + chainFile + ": " + e.getMessage(), e);
    }
  }

  /** Signs with the key and verifies with the certificate: only the certificate's key passes. */
  private static void checkPair(PrivateKey key, X509Certificate certificate, Path chainFile,
      Path keyFile) throws UnusableFileException {
    byte[] probe = new byte[32];
    new SecureRandom().nextBytes(probe);
    boolean matches;
    try {
      Signature signer = Signature.getInstance(signatureAlgorithm(key.getAlgorithm()));
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(signatureAlgorithm(key.getAlgorithm()));
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      matches = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new UnusableFileException("cannot check that the key in " + keyFile
          + " belongs to the certificate in " + chainFile + ": " + e.getMessage(), e);
    }
    if (!matches) {
      throw new UnusableFileException("the key in " + keyFile + " does not match the certificate"
          + " in " + chainFile + " (" + certificate.getSubjectX500Principal().getName()
          + "): give the private key that was made with that certificate", null);
    }
  }

  private static String signatureAlgorithm(String keyAlgorithm) {
    switch (keyAlgorithm) {
      case "RSA":
        return "SHA256withRSA";
      case "EC":
        return "SHA256withECDSA";
      case "DSA":
        return "SHA256withDSA";
      default:
        // EdDSA, Ed25519 and Ed448 name their own signature.
        return keyAlgorithm;
    }
  }

  private static String namesOf(X509Certificate certificate) {
    Collection<List<?>> names;
    try {
      names = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      // The JDK parsed the whole certificate when reading it; an extension it cannot read now
      // is one no client can read either.
      return "";
    }
    if (names == null) {
      return "";
    }
    return names.stream()
        .filter(name -> name.get(0) instanceof Integer type
            && (type == DNS_NAME || type == IP_ADDRESS))
        .map(name -> String.valueOf(name.get(1)))
        .collect(Collectors.joining(", "));
  }

  private static String cannotRead(String what, Path file, IOException e) {
    return "cannot read the " + what + " file " + file + ": "
        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage());
  }
}
