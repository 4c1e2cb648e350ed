package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server jar as an instructor starts it: a separate process, stopped with SIGTERM. */
class ServeProcessIT {
  private static final long LIMIT_SECONDS = 30;

  @TempDir Path data;
  private Process process;

  @AfterEach
  void kill() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  @Test
  void theServerPrintsItsAddressAndKeyServesAndTellsClientsWhenItStops() throws Exception {
    Path jar = Repository.file("server/target/demarche-server.jar");
    assertTrue(Files.exists(jar), "the server jar is built before the integration tests: " + jar);
    process = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0",
        "--data", data.toString(), "--scenarios", Repository.file("scenarios").toString())
        .redirectError(data.resolve("stderr.txt").toFile())
        .start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    int port = -1;
    String key = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
    while ((port < 0 || key == null) && System.nanoTime() < deadline) {
      String line = out.readLine();
      if (line == null) {
        break;
      }
      lines.add(line);
      Matcher listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(line);
      if (listening.matches()) {
        port = Integer.parseInt(listening.group(1));
      }
      if (line.startsWith("instructor key: ")) {
        key = line.substring("instructor key: ".length());
      }
    }
    assertTrue(port > 0 && key != null, "the server printed its address and key: " + lines);
    assertTrue(Files.readString(data.resolve("instructor.key")).contains(key),
        "the key is kept in the data folder");

    try (WireClient instructor = WireClient.connect(new InetSocketAddress("127.0.0.1", port))) {
      instructor.request(ClientMessage.newBuilder()
          .setInstructorLogin(InstructorLogin.newBuilder().setKey(key)));
      ServerMessage scenarios = instructor.request(ClientMessage.newBuilder()
          .setListScenarios(ListScenarios.getDefaultInstance()));
      assertTrue(scenarios.getScenarioList().getScenariosList().stream()
          .anyMatch(s -> s.getId().equals("bolivia-2022")), "Bolivia is served: " + scenarios);

      process.destroy(); // SIGTERM
      try {
        instructor.awaitPush(ServerMessage::hasServerClosing, "the goodbye");
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nthe server's standard error:\n"
            + Files.readString(data.resolve("stderr.txt")), e);
      }
      assertTrue(instructor.awaitClosed(), "then the connection closes");
    }
    assertTrue(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "the server stops by itself");
  }
}
