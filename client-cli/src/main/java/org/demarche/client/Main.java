package org.demarche.client;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.demarche.client.cli.ConnectCommands;
import org.demarche.client.cli.Launch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code demarche.jar}, the command-line client. */
@Command(
    name = "demarche",
    mixinStandardHelpOptions = true,
    version = "demarche 0.1.0",
    description = "Démarche command-line client for players, observers and instructors.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  a command failed (or the server refused the code, name, team or key)",
      "  2  usage: a wrong option, command or script line",
      "  3  could not connect: the server is unreachable, speaks another protocol version, "
          + "is not trusted (TLS), or went away for good"
    })
public final class Main implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(Launch.system(), args));
  }

  /** Runs the client with the given world and arguments and returns its exit code. Main thread. */
  public static int run(Launch launch, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .addSubcommand(new ConnectCommands.Join(launch))
        .addSubcommand(new ConnectCommands.Observe(launch))
        .addSubcommand(new ConnectCommands.Instructor(launch));
    // Subcommands offer -V (mixinStandardHelpOptions) but do not inherit the version to print.
    String[] version = commandLine.getCommandSpec().version();
    commandLine.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().version(version));
    commandLine.setOut(new PrintWriter(launch.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(launch.err(), true, StandardCharsets.UTF_8));
    return commandLine.execute(args);
  }

  /** Without a subcommand there is nothing to do: show the usage, and say so in the exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
