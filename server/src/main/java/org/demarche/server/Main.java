package org.demarche.server;

import org.demarche.server.cli.ReportCommand;
import org.demarche.server.cli.ServeCommand;
import org.demarche.server.cli.SimulateCommand;
import org.demarche.server.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code demarche-server.jar}: dispatches to the sub-commands. */
@Command(
    name = "demarche-server",
    mixinStandardHelpOptions = true,
    version = "demarche-server 0.1.0",
    description = "Démarche policy-simulation game server.",
    subcommands = {
      ServeCommand.class,
      ValidateCommand.class,
      SimulateCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // One line per log record (the JDK's default takes two), unless the user chose a format.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format",
          "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    // Subcommands offer -V (mixinStandardHelpOptions) but do not inherit the version to print.
    String[] version = commandLine.getCommandSpec().version();
    commandLine.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().version(version));
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
