package org.demarche.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.ControlOp;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.ServerMessage;

/** An instructor bot on a connection of its own: creates one game and starts it; any thread. */
final class Instructor {
  private final Connection connection;
  private volatile GameCreated game;

  private Instructor(Connection connection) {
    this.connection = connection;
  }

  /** Connects, says Hello and logs in with the server's instructor key. */
  static CompletableFuture<Instructor> login(ClientGroup group, InetSocketAddress server,
      Traffic traffic, String key) {
    return Connection.open(group, server, traffic).thenCompose(connection -> connection.call(
            ClientMessage.newBuilder().setInstructorLogin(InstructorLogin.newBuilder().setKey(key)),
            ServerMessage.BodyCase.INSTRUCTOR_SESSION)
        .thenApply(session -> new Instructor(connection)));
  }

  /** The server's description of scenario {@code id}; fails when the server has no such one. */
  CompletableFuture<ScenarioInfo> scenario(String id) {
    return connection.call(
            ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance()),
            ServerMessage.BodyCase.SCENARIO_LIST)
        .thenApply(list -> list.getScenarioList().getScenariosList().stream()
            .filter(info -> info.getId().equals(id))
            .findFirst()
            // An IOException, as for a server that cannot be reached: the run cannot be done.
            .orElseThrow(() -> new CompletionException(new IOException("the server has no"
                + " scenario " + id + "; it has " + list.getScenarioList().getScenariosList()
                .stream().map(ScenarioInfo::getId).collect(Collectors.joining(", "))))));
  }

  /** Creates this instructor's game: its human teams as the scenario says, no turn timer. */
  CompletableFuture<GameCreated> create(String scenarioId, int turns) {
    return connection.call(ClientMessage.newBuilder().setCreateGame(CreateGame.newBuilder()
                .setScenarioId(scenarioId).setTurns(turns).setTurnSeconds(0)),
            ServerMessage.BodyCase.GAME_CREATED)
        .thenApply(reply -> {
          game = reply.getGameCreated();
          return game;
        });
  }

  /** Opens turn 1 of the game {@link #create} made. */
  CompletableFuture<ServerMessage> start() {
    return connection.call(ClientMessage.newBuilder().setControlGame(ControlGame.newBuilder()
            .setGameId(game.getGameId()).setOp(ControlOp.START)),
        ServerMessage.BodyCase.ACK);
  }
}
