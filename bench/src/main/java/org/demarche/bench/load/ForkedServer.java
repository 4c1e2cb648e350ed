package org.demarche.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The game server and the echo baseline in a JVM of their own ({@link ServerProcessMain}), on
 * this machine's loopback, with a fresh data folder that is deleted at the end. The driver and
 * the server share the machine's cores, not their heaps.
 */
final class ForkedServer implements ServerTarget {
  private static final Duration ANSWER_TIME = Duration.ofSeconds(60);

  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> lines;
  private final Path folder;
  private final String key;
  private final InetSocketAddress game;
  private final InetSocketAddress echo;
  private final List<String> javaOptions;
  private final boolean journal;

  private ForkedServer(Process process, BlockingQueue<String> lines, Path folder, String key,
      List<String> javaOptions, boolean journal, int gamePort, int echoPort) {
    this.process = process;
    this.commands = process.outputWriter(StandardCharsets.UTF_8);
    this.lines = lines;
    this.folder = folder;
    this.key = key;
    this.javaOptions = javaOptions;
    this.journal = journal;
    this.game = new InetSocketAddress("127.0.0.1", gamePort);
    this.echo = new InetSocketAddress("127.0.0.1", echoPort);
  }

  /**
   * Starts the server JVM with this JVM's class path and {@code javaOptions} (such as
   * {@code -Xmx512m}), every game journaled to disk unless {@code journal} is false, and waits for
   * it to listen. Its data folder is made in {@code parent}, or in the system's temporary folder
   * when that is null.
   *
   * @throws IOException when it cannot start or does not say it is ready within a minute
   */
  static ForkedServer start(List<String> javaOptions, boolean journal, Path parent)
      throws IOException, InterruptedException {
    Path folder = makeFolder(parent);
    String key = UUID.randomUUID().toString();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ServerProcessMain.class.getName(), key,
        journal ? folder.resolve("data").toString() : ServerProcessMain.NO_JOURNAL));
    Process process = new ProcessBuilder(command)
        .redirectError(folder.resolve("server.log").toFile())
        .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readLines(process, lines), "load-server-output");
    reader.setDaemon(true);
    reader.start();
    String ready = next(lines, process, folder, line -> line.startsWith(ServerProcessMain.READY));
    String[] ports = ready.split(" ");
    return new ForkedServer(process, lines, folder, key, javaOptions, journal,
        Integer.parseInt(ports[1]),
        Integer.parseInt(ports[2]));
  }

  /** A new folder in {@code parent}, or in the system's temporary folder when that is null. */
  private static Path makeFolder(Path parent) throws IOException {
    try {
      return parent == null
          ? Files.createTempDirectory("demarche-load")
          : Files.createTempDirectory(parent, "demarche-load");
    } catch (IOException e) {
      throw new IOException("cannot make the server's data folder in "
          + (parent == null ? System.getProperty("java.io.tmpdir") : parent) + ": " + why(e), e);
    }
  }

  /** The file system's reason, without the path that {@link FileSystemException} leads with. */
  private static String why(IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return failure.toString();
  }

  private static void readLines(Process process, BlockingQueue<String> lines) {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process went away; next() reports it with its log.
      lines.add("");
    }
  }

  /** The next line that {@code wanted} accepts, skipping others, within {@link #ANSWER_TIME}. */
  private static String next(BlockingQueue<String> lines, Process process, Path folder,
      Predicate<String> wanted) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + ANSWER_TIME.toNanos();
    for (long left = ANSWER_TIME.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      String line = lines.poll(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
      if (line != null && wanted.test(line)) {
        return line;
      }
      if (line == null && !process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new IOException("the server process did not answer (alive: " + process.isAlive()
        + "); its log is " + folder.resolve("server.log"));
  }

  @Override
  public InetSocketAddress gameAddress() {
    return game;
  }

  @Override
  public String instructorKey() {
    return key;
  }

  @Override
  public Optional<InetSocketAddress> echoAddress() {
    return Optional.of(echo);
  }

  @Override
  public synchronized Optional<ServerSample> sample(boolean gc) throws IOException {
    commands.write((gc ? ServerProcessMain.SAMPLE_AFTER_GC : ServerProcessMain.SAMPLE) + "\n");
    commands.flush();
    try {
      return Optional.of(ServerSample.parse(
          next(lines, process, folder, line -> ServerSample.parse(line) != null)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server's sample", e);
    }
  }

  @Override
  public String describe() {
    return "forked server JVM (pid " + process.pid() + ", " + String.join(" ", javaOptions) + ", "
        + (journal ? "journals in " + journalFolder() : "no journal") + ", request rate limit"
        + " lifted to " + ServerProcessMain.REQUESTS_PER_SECOND + "/s per connection) on"
        + " loopback, with the echo baseline in the same JVM";
  }

  /** The data folder and the kind of file system it is on, which decides what a force costs. */
  private String journalFolder() {
    Path data = folder.resolve("data");
    try {
      return data + " (" + Files.getFileStore(folder).type() + ")";
    } catch (IOException e) {
      return data.toString();
    }
  }

  /** Closes the server's input (it shuts down), waits for it, bounded, and deletes the folder. */
  @Override
  public void close() {
    try {
      commands.close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      deleteFolder();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up " + folder, e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
