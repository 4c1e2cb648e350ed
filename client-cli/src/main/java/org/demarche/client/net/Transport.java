package org.demarche.client.net;

import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * How the client reaches the server: plain TCP, or TLS over TCP with the server's certificate
 * and host name checked. A {@link Connection} uses its one transport for the first link and for
 * every reconnect.
 *
 * <p>Immutable; any thread.
 */
public interface Transport {
  /** Plain TCP, as the server speaks without {@code --tls-cert}. */
  Transport PLAIN = new TcpTransport();

  /** TLS with the trust of {@code sockets} (see {@link TlsTrust}). */
  static Transport tls(SSLSocketFactory sockets) {
    return new TlsTransport(sockets);
  }

  /**
   * Opens a socket to the server, ready for frames: for TLS the handshake is done.
   *
   * @throws ConnectFailure UNREACHABLE without a TCP connection, HANDSHAKE when TLS fails
   */
  Socket open(ServerAddress address, Connection.Settings settings) throws ConnectFailure;

  /**
   * What to add when the server drops the link during the protocol's handshake, where this
   * transport may be the cause; empty when it cannot be.
   */
  String hintWhenDropped();
}
