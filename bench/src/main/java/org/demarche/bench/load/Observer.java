package org.demarche.bench.load;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.ServerMessage;

/** An idle observer: a handshaken connection watching a game, counting its pushes unread. */
final class Observer {
  private Observer() {}

  /** Connects, says Hello and observes the game of {@code observerCode}. */
  static CompletableFuture<Connection> watch(ClientGroup group, InetSocketAddress server,
      Traffic traffic, String observerCode, String name) {
    return Connection.open(group, server, traffic).thenCompose(connection -> connection.call(
            ClientMessage.newBuilder().setObserveGame(ObserveGame.newBuilder()
                .setObserverCode(observerCode).setDisplayName(name)),
            ServerMessage.BodyCase.GAME_SESSION)
        .thenApply(session -> connection));
  }
}
