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
import org.demarche.testing.Repository;

/** The server jar running as a process of its own, as an instructor starts it. */
final class ServerProcess implements AutoCloseable {
  static final long LIMIT_SECONDS = 30;
  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

  final Process process;
  final int port;
  final String key;
  final List<String> lines;
  private final Path stderr;

  private ServerProcess(Process process, int port, String key, List<String> lines, Path stderr) {
    this.process = process;
    this.port = port;
    this.key = key;
    this.lines = lines;
    this.stderr = stderr;
  }

  /**
   * Starts {@code serve} on a free port with the repository's scenarios, {@code data} and any
   * {@code more} options, and waits (bounded) until it prints its address and key.
   */
  static ServerProcess start(Path data, String stderrName, String... more) throws IOException {
    Path jar = Repository.file("server/target/demarche-server.jar");
    assertTrue(Files.exists(jar), "the server jar is built before the integration tests: " + jar);
    Files.createDirectories(data);
    Path stderr = data.resolve(stderrName);
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "serve",
        "--port", "0", "--data", data.toString(),
        "--scenarios", Repository.file("scenarios").toString()));
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command)
        .redirectError(stderr.toFile())
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
      Matcher listening = LISTENING.matcher(line);
      if (listening.matches()) {
        port = Integer.parseInt(listening.group(1));
      }
      if (line.startsWith("instructor key: ")) {
        key = line.substring("instructor key: ".length());
      }
    }
    ServerProcess server = new ServerProcess(process, port, key, lines, stderr);
    if (port < 0 || key == null) {
      server.close();
      throw new AssertionError("the server did not print its address and key: " + lines
          + "\nits standard error:\n" + server.stderr());
    }
    return server;
  }

  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", port);
  }

  String stderr() throws IOException {
    return Files.readString(stderr);
  }

  /** SIGKILL: the process dies at once, whatever it was doing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertTrue(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "the killed server is gone");
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
