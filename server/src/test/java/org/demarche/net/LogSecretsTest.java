package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.ResumeSession;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;
import org.demarche.testing.LogCapture;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.Test;

/**
 * What the server logs while clients get secrets right and wrong, over loopback: it says which
 * connection failed at what, and never writes a key, a code or a token, valid or not.
 */
class LogSecretsTest {
  private static final String KEY = "instructor-key-5ec4e7";
  private static final String WRONG_KEY = "instructor-key-5ec4e8";
  private static final String WRONG_CODE = "ZZZZ-9QQ";
  private static final String WRONG_TOKEN = "forged-resume-token-81d2";

  @Test
  void noKeyCodeOrTokenReachesTheLogRightOrWrong() throws IOException, InterruptedException {
    String log;
    List<String> secrets;
    try (LogCapture capture = LogCapture.of("org.demarche")) {
      RunningServer server = RunningServer.start(ScenarioCatalog.fromFolder(
          Repository.file("scenarios")).scenarios(), KEY, "127.0.0.1", 0);
      try {
        secrets = playRightAndWrong(server);
      } finally {
        // Closed before the log is read, so that the lines of the closing are in it too.
        server.close();
      }
      log = capture.text();
    }
    assertTrue(log.contains("InstructorLogin refused (UNAUTHENTICATED)")
            && log.contains("JoinGame refused (NOT_FOUND)") && log.contains("ResumeSession refused"),
        "the failed attempts are logged, by kind:\n" + log);
    assertTrue(log.contains("closing: the frame is not a protocol version 1 ClientMessage"),
        "the closed connection is logged:\n" + log);
    assertTrue(log.matches("(?s).*c\\d+ /127\\.0\\.0\\.1:\\d+ Player\\[[^]]+\\]: disconnected.*"),
        "a connection that ends without the server closing it is logged, with whom:\n" + log);
    for (String secret : secrets) {
      assertFalse(secret.isEmpty(), "each secret is real");
      assertFalse(log.toLowerCase().contains(secret.toLowerCase()),
          "the log never holds '" + secret + "':\n" + log);
    }
  }

  /** Logs in, creates, joins and observes right, and guesses wrong; returns every secret used. */
  private static List<String> playRightAndWrong(RunningServer server)
      throws IOException, InterruptedException {
    try (WireClient instructor = WireClient.connect(server.address());
        WireClient player = WireClient.connect(server.address());
        WireClient intruder = WireClient.connect(server.address())) {
      assertTrue(instructor.request(login(KEY)).hasInstructorSession(), "the right key works");
      GameCreated game = instructor.request(ClientMessage.newBuilder().setCreateGame(
          CreateGame.newBuilder().setScenarioId("tutorial-quenara").addHumanTeamIds("gov")
              .setSeed(1).setTurns(2))).getGameCreated();
      GameSession session = player.request(ClientMessage.newBuilder().setJoinGame(JoinGame
          .newBuilder().setCode(game.getJoinCode()).setDisplayName("Ana").setTeamId("gov")))
          .getGameSession();
      assertEquals(ErrorCode.UNAUTHENTICATED,
          intruder.request(login(WRONG_KEY)).getError().getCode(), "a wrong key is refused");
      assertEquals(ErrorCode.NOT_FOUND, intruder.request(ClientMessage.newBuilder().setJoinGame(
          JoinGame.newBuilder().setCode(WRONG_CODE).setDisplayName("Eve"))).getError().getCode(),
          "a wrong join code is refused");
      assertTrue(intruder.request(ClientMessage.newBuilder().setResumeSession(
          ResumeSession.newBuilder().setResumeToken(WRONG_TOKEN))).hasError(),
          "a forged resume token is refused");
      assertTrue(intruder.request(ClientMessage.newBuilder().setObserveGame(ObserveGame
          .newBuilder().setObserverCode(game.getObserverCode()).setDisplayName("Obs")))
          .hasGameSession(), "the right observer code works");
      // A frame that does not parse closes the intruder's connection, with a log line.
      intruder.sendRaw(new byte[] {3, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
      assertTrue(intruder.awaitClosed(), "the intruder's connection is closed");
      return List.of(KEY, WRONG_KEY, WRONG_CODE, WRONG_TOKEN, game.getJoinCode(),
          game.getObserverCode(), game.getInstructorCode(), session.getResumeToken());
    }
  }

  private static ClientMessage.Builder login(String key) {
    return ClientMessage.newBuilder().setInstructorLogin(InstructorLogin.newBuilder().setKey(key));
  }
}
