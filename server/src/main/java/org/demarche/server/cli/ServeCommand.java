package org.demarche.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.demarche.net.Limits;
import org.demarche.net.NetServer;
import org.demarche.net.ServerTls;
import org.demarche.scenario.Problem;
import org.demarche.server.serve.InstructorKey;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the game server until Ctrl-C or SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the game server until Ctrl-C.",
      "It loads every scenario of the folder (an invalid one is reported and skipped), prints "
          + "'listening on HOST:PORT' and the instructor key. Without a "
          + "scenarios folder it serves the scenarios built into the jar. With --tls-cert and "
          + "--tls-key it speaks TLS and prints a 'tls:' line under the address."
    })
public final class ServeCommand implements Callable<Integer> {
  static final String DEFAULT_SCENARIOS = "scenarios";

  @Spec private CommandSpec spec;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  private String bind;

  @Option(names = "--port", defaultValue = "7450",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
  private int port;

  @Option(names = "--scenarios", defaultValue = DEFAULT_SCENARIOS, paramLabel = "FOLDER",
      description = "Folder of scenario files (default ${DEFAULT-VALUE}, else the built-in ones).")
  private Path scenarios;

  @Option(names = "--data", defaultValue = "data", paramLabel = "FOLDER",
      description = "Folder for the server's own files: the instructor key and every game's "
          + "journal, from which games come back after a restart (default ${DEFAULT-VALUE}).")
  private Path data;

  @ArgGroup(exclusive = false,
      heading = "TLS (give both or neither; without them the server speaks plain TCP):%n")
  private TlsFiles tlsFiles;

  @Mixin private LimitOptions limitOptions;

  /** {@code --tls-cert} and {@code --tls-key}, which make sense only together. */
  static final class TlsFiles {
    @Option(names = "--tls-cert", required = true, paramLabel = "FILE",
        description = "Serve TLS with this PEM certificate chain, the server's certificate first.")
    Path certificate;

    @Option(names = "--tls-key", required = true, paramLabel = "FILE",
        description = "The certificate's private key: unencrypted PKCS#8 PEM "
            + "('-----BEGIN PRIVATE KEY-----').")
    Path key;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
    }
    ServerTls tls;
    try {
      tls = tls();
    } catch (ServerTls.UnusableFileException e) {
      // the options were used rightly and the files are wrong: the usage would not help
      err.println(e.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    Limits limits = limitOptions.limits();
    ScenarioCatalog catalog = catalog(err);
    if (catalog.scenarios().isEmpty()) {
      err.println("no valid scenario to serve; fix the errors above or point --scenarios at a "
          + "folder of scenario files");
      err.flush();
      return ValidateCommand.INVALID;
    }
    String key = InstructorKey.resolve(System.getenv(), data, new SecureRandom());

    RunningServer server;
    try {
      server = RunningServer.start(catalog, key, bind, port, tls == null ? null : tls.context(),
          data, limits);
    } catch (RunningServer.DataFolderException e) {
      err.println(e.getMessage() + " (check that it is a folder you may write to, or choose"
          + " another with --data)");
      err.flush();
      return 1;
    } catch (NetServer.ListenException e) {
      err.println(e.getMessage() + listenHint(e));
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "demarche-shutdown"));

    InetSocketAddress bound = server.address();
    out.println("serving " + String.join(", ", catalog.scenarios().keySet()));
    out.println("recovered " + server.recovered() + " game" + (server.recovered() == 1 ? "" : "s")
        + " from " + data.resolve("games"));
    // Scripts read this line as it is; TLS has a line of its own.
    out.println("listening on " + bound.getHostString() + ":" + bound.getPort());
    if (tls != null) {
      out.println("tls: " + tls.summary(Instant.now()));
    }
    out.println("instructor key: " + key);
    out.flush();
    stopped.await();
    return 0;
  }

  private String listenHint(NetServer.ListenException e) {
    if (!e.portInUse()) {
      return " (check --bind: it must be an address of this machine, or 0.0.0.0 for every"
          + " interface)";
    }
    return port == 0 ? "" : " (is another server running? try --port 0)";
  }

  /** The TLS of {@code --tls-cert} and {@code --tls-key}, or null to serve plain TCP. */
  private ServerTls tls() throws ServerTls.UnusableFileException {
    return tlsFiles == null ? null : ServerTls.read(tlsFiles.certificate, tlsFiles.key);
  }

  private ScenarioCatalog catalog(PrintWriter err) throws IOException {
    boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--scenarios");
    ScenarioCatalog catalog;
    if (Files.isDirectory(scenarios)) {
      catalog = ScenarioCatalog.fromFolder(scenarios);
    } else if (explicit) {
      throw new ParameterException(spec.commandLine(), "--scenarios " + scenarios
          + " is not a folder");
    } else {
      catalog = ScenarioCatalog.embedded();
    }
    for (Problem p : catalog.problems()) {
      if (p.isError()) {
        err.println("skipped: " + p);
      }
    }
    err.flush();
    return catalog;
  }
}
