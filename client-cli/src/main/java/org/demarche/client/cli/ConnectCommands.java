package org.demarche.client.cli;

import java.util.concurrent.Callable;
import org.demarche.client.ExitCode;
import org.demarche.client.net.Identity;
import org.demarche.proto.v1.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The three ways to start the client: {@code join}, {@code observe} and {@code instructor}.
 *
 * <p>Built and run by picocli on the main thread.
 */
public final class ConnectCommands {
  private ConnectCommands() {}

  /** {@code demarche join CODE --name NAME [--team TEAM]}. */
  @Command(name = "join", mixinStandardHelpOptions = true,
      description = "Join a game as a player with the join code the instructor gave you.")
  public static final class Join implements Callable<Integer> {
    private final Launch launch;
    @Mixin SessionOptions options;

    @Parameters(index = "0", paramLabel = "CODE", description = "The game's join code.")
    String code;

    @Option(names = "--name", required = true, paramLabel = "NAME",
        description = "How your team and the instructor see you (1 to 40 characters).")
    String name;

    @Option(names = "--team", paramLabel = "TEAM", defaultValue = "",
        description = "The team to join; without it you wait in the lobby to be assigned.")
    String team;

    @Mixin ResumeOptions resume;

    public Join(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() {
      return new Launcher(launch, options).run(Role.PLAYER, address -> Identity.player(
          code, name, team, resume.file(launch, address, code, name)));
    }
  }

  /** {@code demarche observe CODE [--name NAME]}. */
  @Command(name = "observe", mixinStandardHelpOptions = true,
      description = "Follow a game as an observer (read-only, every team) with its observer code.")
  public static final class Observe implements Callable<Integer> {
    private final Launch launch;
    @Mixin SessionOptions options;

    @Parameters(index = "0", paramLabel = "CODE", description = "The game's observer code.")
    String code;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "observer",
        description = "How the instructor sees you (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin ResumeOptions resume;

    public Observe(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() {
      return new Launcher(launch, options).run(Role.OBSERVER, address -> Identity.observer(
          code, name, resume.file(launch, address, code, name)));
    }
  }

  /** {@code demarche instructor [--key KEY]}. */
  @Command(name = "instructor", mixinStandardHelpOptions = true,
      description = "Run exercises as the instructor (the white cell).")
  public static final class Instructor implements Callable<Integer> {
    /** The environment variable that holds the key when --key is not given. */
    public static final String KEY_VARIABLE = "DEMARCHE_INSTRUCTOR_KEY";

    private final Launch launch;
    @Mixin SessionOptions options;

    @Option(names = "--key", paramLabel = "KEY",
        description = "The instructor key the server printed at start (default: $"
            + KEY_VARIABLE + ").")
    String key;

    public Instructor(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() {
      String chosen = key != null ? key : launch.env().getOrDefault(KEY_VARIABLE, "");
      if (chosen.isBlank()) {
        launch.err().println("error: no instructor key: give --key KEY or set "
            + KEY_VARIABLE + " (the server prints the key when it starts)");
        return ExitCode.USAGE;
      }
      return new Launcher(launch, options).run(Role.INSTRUCTOR, address -> Identity.instructor(chosen));
    }
  }
}
