package org.demarche.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code demarche.jar}, the command-line client. */
@Command(
    name = "demarche",
    mixinStandardHelpOptions = true,
    version = "demarche 0.1.0",
    description = "Démarche command-line client for players, observers and instructors.")
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
