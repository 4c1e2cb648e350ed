package org.demarche.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.demarche.server.Main;
import picocli.CommandLine;

/** Runs the server's command line in-process and captures what it prints. */
public record CommandRun(int exitCode, String out, String err) {

  /** Everything printed, standard output first. */
  public String all() {
    return out + err;
  }

  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
