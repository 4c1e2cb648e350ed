package org.demarche.client.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Plain TCP. Immutable; any thread. */
final class TcpTransport implements Transport {
  @Override
  public Socket open(ServerAddress address, Connection.Settings settings) throws ConnectFailure {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(address.host(), address.port()),
          (int) settings.connectTimeout().toMillis());
      return socket;
    } catch (IOException e) {
      throw Connection.closing(socket, new ConnectFailure(ConnectFailure.Kind.UNREACHABLE,
          "cannot reach the server at " + address + ": " + Connection.reason(e)
              + "; is it running? check --server", e));
    }
  }

  @Override
  public String hintWhenDropped() {
    // A TLS server drops a client that speaks plain TCP to it.
    return "; if the server uses TLS, connect with --tls or --trust-cert FILE";
  }
}
