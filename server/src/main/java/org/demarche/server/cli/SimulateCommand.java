package org.demarche.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.server.sim.OrdersScript;
import org.demarche.server.sim.PolicyNames;
import org.demarche.server.sim.RunRecord;
import org.demarche.server.sim.Simulation;
import org.demarche.server.sim.SimulationSummary;
import org.demarche.server.sim.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simulate FILE}: plays many games of a scenario in-process and sums them up. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Plays many games of a scenario and sums them up.",
      "It plays them on all cores and prints each team's score distribution, each variable's "
          + "final distribution and the most frequent events. The same seed prints the same "
          + "summary; timing goes to standard error."
    })
public final class SimulateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
  private Path file;

  @Option(names = "--runs", defaultValue = "1000", description = "Games to play (default ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--turns", description = "Turns per game (default: the scenario's defaultTurns).")
  private Integer turns;

  @Option(names = "--seed", defaultValue = "1", description = "Base seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--policy",
      defaultValue = "autopilot",
      paramLabel = "autopilot|passive|random|FILE",
      description = "How every team plays: a built-in policy, or a JSON file of scripted orders "
          + "per team and turn (default ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Also write trajectories: run,turn,label,variable,value.")
  private Path csv;

  @Option(names = "--threads", description = "Worker threads (default: one per core).")
  private Integer threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult loaded = ScenarioLoader.load(file);
    if (!loaded.valid()) {
      loaded.errors().forEach(p -> err.println(p));
      err.println(file + ": invalid scenario; run 'validate " + file + "' for details");
      err.flush();
      return ValidateCommand.INVALID;
    }
    Scenario scenario = loaded.scenario();
    int gameTurns = turns == null ? scenario.calendar().defaultTurns() : turns;
    if (gameTurns < 1 || gameTurns > scenario.calendar().maxTurns()) {
      throw new ParameterException(spec.commandLine(), "--turns must be between 1 and "
          + scenario.calendar().maxTurns() + " for this scenario, got " + gameTurns);
    }
    if (runs < 1) {
      throw new ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be at least 1, got " + threads);
    }
    Policy chosen = PolicyNames.builtIn(policy);
    Policies.Script script = Policies.Script.NONE;
    if (chosen == null) {
      Path scriptFile = Path.of(policy);
      if (!scriptFile.toFile().isFile()) {
        throw new ParameterException(spec.commandLine(), "--policy must be autopilot, passive, "
            + "random or a file of scripted orders; '" + policy + "' is none of these");
      }
      try {
        OrdersScript orders = OrdersScript.read(scriptFile, scenario);
        chosen = orders;
        script = orders;
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        err.flush();
        return ValidateCommand.INVALID;
      }
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Simulation simulation = new Simulation(scenario, gameTurns, seed,
        Collections.nCopies(scenario.teams().size(), chosen), script, csv != null);
    ProgressBar bar = System.console() != null ? new ProgressBar(System.err, runs) : null;
    long started = System.nanoTime();
    List<RunRecord> records = simulation.run(runs, workers, done -> {
      if (bar != null) {
        bar.update(done);
      }
    });
    double seconds = (System.nanoTime() - started) / 1e9;
    if (bar != null) {
      bar.finish();
    }
    SimulationSummary.print(scenario, records, gameTurns, seed, policy, out);
    if (csv != null) {
      TrajectoryCsv.write(scenario, records, csv);
      out.println();
      out.println("Trajectories written to " + csv);
      out.flush();
    }
    err.printf(Locale.ROOT, "%d runs in %.2f s (%.0f runs/s) on %d threads%n", runs, seconds,
        runs / seconds, workers);
    err.flush();
    return 0;
  }
}
