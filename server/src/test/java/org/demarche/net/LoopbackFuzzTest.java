package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;
import org.demarche.testing.RawSocket;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;

/**
 * Mutated frames of every request type from a fuzzing client, anonymous or logged in as the
 * instructor, against the real server on loopback, while a player of the same game plays on.
 * Each try is a new connection that half-closes after its frames: the server must answer in
 * well-formed frames, never with INTERNAL, and close; and since the server admits only 16
 * connections, a connection it failed to release would soon keep the next try out.
 */
class LoopbackFuzzTest {
  private static final String KEY = "fuzz-key";

  private static RunningServer server;
  private static WireClient player;
  private static String gameId;

  @BeforeContainer
  static void start() throws IOException {
    server = RunningServer.start(ScenarioCatalog.fromFolder(Repository.file("scenarios"))
        .scenarios(), KEY, "127.0.0.1", 0, Limits.defaults().withConnections(16, 16, true));
    try (WireClient instructor = WireClient.connect(server.address())) {
      instructor.request(ClientMessage.newBuilder()
          .setInstructorLogin(InstructorLogin.newBuilder().setKey(KEY)));
      ServerMessage created = instructor.request(ClientMessage.newBuilder().setCreateGame(
          CreateGame.newBuilder().setScenarioId("tutorial-quenara").addHumanTeamIds("gov")
              .setSeed(3).setTurns(3)));
      gameId = created.getGameCreated().getGameId();
      player = WireClient.connect(server.address());
      assertTrue(player.request(ClientMessage.newBuilder().setJoinGame(JoinGame.newBuilder()
          .setCode(created.getGameCreated().getJoinCode()).setDisplayName("Ana")
          .setTeamId("gov"))).hasGameSession(), "the well-behaved player joins");
    }
  }

  @AfterContainer
  static void stop() throws IOException {
    player.close();
    server.close();
  }

  @Property(tries = 1_000)
  void aFuzzingClientIsAnsweredAndClosedAndTheOthersPlayOn(
      @ForAll boolean asInstructor, @ForAll("hostileFrames") List<byte[]> frames)
      throws IOException {
    try (Socket fuzzer = RawSocket.open(server.address())) {
      assertTrue(RawSocket.exchange(fuzzer, HostileFrames.hello()).hasWelcome(),
          "every try is admitted: no earlier connection was leaked");
      if (asInstructor) {
        RawSocket.send(fuzzer, ClientMessage.newBuilder().setRequestId(2)
            .setInstructorLogin(InstructorLogin.newBuilder().setKey(KEY)).build());
      }
      fuzzer.getOutputStream().write(HostileFrames.concat(frames));
      fuzzer.shutdownOutput();
      // Every message up to the server's close; a frame that does not parse, or no close
      // within the socket's timeout, fails the try.
      for (ServerMessage m = RawSocket.read(fuzzer); m != null; m = RawSocket.read(fuzzer)) {
        assertNotEquals(ErrorCode.INTERNAL, m.getError().getCode(),
            "no input makes the server fail inside: " + m);
      }
    }
    ServerMessage view = player.request(ClientMessage.newBuilder()
        .setGetView(GetView.getDefaultInstance()));
    assertNotEquals(ErrorCode.INTERNAL, view.getError().getCode(),
        "the player is answered as before: " + view);
  }

  @Provide
  Arbitrary<List<byte[]>> hostileFrames() {
    List<ClientMessage> samples = HostileFrames.everyBody().stream()
        .map(LoopbackFuzzTest::aboutTheGame).toList();
    return HostileFrames.frames(HostileFrames.bodies(samples)).list().ofMaxSize(6);
  }

  /** {@code message} with its game_id, if it has one, naming the real game. */
  private static ClientMessage aboutTheGame(ClientMessage message) {
    FieldDescriptor bodyField = message.getOneofFieldDescriptor(
        ClientMessage.getDescriptor().getOneofs().get(0));
    Message body = (Message) message.getField(bodyField);
    FieldDescriptor gameIdField = body.getDescriptorForType().findFieldByName("game_id");
    if (gameIdField == null) {
      return message;
    }
    return message.toBuilder()
        .setField(bodyField, body.toBuilder().setField(gameIdField, gameId).build()).build();
  }
}
