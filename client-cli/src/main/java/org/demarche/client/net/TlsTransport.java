package org.demarche.client.net;

import java.io.IOException;
import java.net.Socket;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS over TCP. The server's certificate must be trusted and must name the host of {@code
 * --server} (endpoint identification as HTTPS does it), so a certificate made for another
 * machine is refused even when it is trusted.
 *
 * <p>Immutable; any thread.
 */
final class TlsTransport implements Transport {
  private final SSLSocketFactory sockets;

  TlsTransport(SSLSocketFactory sockets) {
    this.sockets = sockets;
  }

  @Override
  public Socket open(ServerAddress address, Connection.Settings settings) throws ConnectFailure {
    Socket tcp = Transport.PLAIN.open(address, settings);
    SSLSocket tls;
    try {
      tls = (SSLSocket) sockets.createSocket(tcp, address.host(), address.port(), true);
    } catch (IOException e) {
      throw Connection.closing(tcp, failure("cannot start TLS with " + address + ": "
          + Connection.reason(e), e));
    }
    try {
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      tls.setSoTimeout((int) settings.requestTimeout().toMillis());
      tls.startHandshake();
      return tls;
    } catch (IOException e) {
      throw Connection.closing(tls, describe(address, e));
    }
  }

  @Override
  public String hintWhenDropped() {
    return "";
  }

  private static ConnectFailure describe(ServerAddress address, IOException e) {
    if (causedBy(e, CertificateException.class)) {
      return failure("the server's certificate is not trusted: " + rootMessage(e)
          + "; pass --trust-cert FILE with the server's certificate, and a --server host name"
          + " that the certificate names", e);
    }
    return failure("the TLS handshake with " + address + " failed: " + Connection.reason(e)
        + "; does the server use TLS (serve --tls-cert)? if not, leave out --tls and"
        + " --trust-cert", e);
  }

  private static ConnectFailure failure(String sentence, IOException cause) {
    return new ConnectFailure(ConnectFailure.Kind.HANDSHAKE, sentence, cause);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause says it best ("unable to find valid certification path …"). */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
