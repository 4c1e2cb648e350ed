package org.demarche.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.Problem;
import org.demarche.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: checks scenario files and reports every problem at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario files and reports every problem at once.",
      "Each error comes with its JSON path and how to fix it; warnings are reported too. JSON "
          + "Schemas (*.schema.json) are skipped. Exit code: 0 when every file is valid, 2 when "
          + "any is not."
    })
public final class ValidateCommand implements Callable<Integer> {
  static final int INVALID = 2;

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (JSON).")
  private List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (Path file : files) {
      if (ScenarioLoader.isJsonSchema(file)) {
        out.println(file + ": skipped, a JSON Schema, not a scenario");
        continue;
      }
      LoadResult result = ScenarioLoader.load(file);
      for (Problem problem : result.problems()) {
        out.println(problem);
      }
      int errors = result.errors().size();
      int warnings = result.warnings().size();
      out.println(file + ": " + (result.valid() ? "valid" : "invalid, " + plural(errors, "error"))
          + (warnings > 0 ? ", " + plural(warnings, "warning") : ""));
      allValid &= result.valid();
    }
    out.flush();
    return allValid ? 0 : INVALID;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
