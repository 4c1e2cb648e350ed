package org.demarche.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.demarche.server.Main;
import picocli.CommandLine;

/** Runs the server's command line in-process and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** A file of the repository, found from the working directory upwards. */
  static Path repoFile(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !dir.resolve("scenarios").toFile().isDirectory()) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new AssertionError("the tests run inside the repository, which has scenarios/");
    }
    return dir.resolve(relative);
  }
}
