package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server jar as an instructor starts it: a separate process, stopped with SIGTERM. */
class ServeProcessIT {
  @TempDir Path data;

  @Test
  void theServerPrintsItsAddressAndKeyServesAndTellsClientsWhenItStops() throws Exception {
    try (ServerProcess server = ServerProcess.start(data, "stderr.txt");
        WireClient instructor = WireClient.connect(server.address())) {
      assertTrue(Files.readString(data.resolve("instructor.key")).contains(server.key),
          "the key is kept in the data folder");
      instructor.request(ClientMessage.newBuilder()
          .setInstructorLogin(InstructorLogin.newBuilder().setKey(server.key)));
      ServerMessage scenarios = instructor.request(ClientMessage.newBuilder()
          .setListScenarios(ListScenarios.getDefaultInstance()));
      assertTrue(scenarios.getScenarioList().getScenariosList().stream()
          .anyMatch(s -> s.getId().equals("bolivia-2022")), "Bolivia is served: " + scenarios);

      server.process.destroy(); // SIGTERM
      try {
        instructor.awaitPush(ServerMessage::hasServerClosing, "the goodbye");
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nthe server's standard error:\n"
            + server.stderr(), e);
      }
      assertTrue(instructor.awaitClosed(), "then the connection closes");
      assertTrue(server.process.waitFor(ServerProcess.LIMIT_SECONDS, TimeUnit.SECONDS),
          "the server stops by itself");
    }
  }
}
