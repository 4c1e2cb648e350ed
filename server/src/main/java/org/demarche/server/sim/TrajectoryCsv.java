package org.demarche.server.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.engine.model.Scenario;

/**
 * Writes simulated trajectories as CSV, one row per run, turn and variable:
 * {@code run,turn,label,variable,value}. Runs are numbered from 1; turn 0 is the opening
 * state, labelled with the calendar unit before the start. Values use Java's shortest exact
 * decimal form, so a spreadsheet reads back the engine's numbers.
 */
public final class TrajectoryCsv {
  public static final String HEADER = "run,turn,label,variable,value";

  private TrajectoryCsv() {}

  public static void write(Scenario scenario, List<RunRecord> runs, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int run = 0; run < runs.size(); run++) {
        double[][] trajectory = runs.get(run).trajectory();
        for (int turn = 0; turn < trajectory.length; turn++) {
          String prefix = (run + 1) + "," + turn + "," + scenario.calendar().label(turn) + ",";
          for (int v = 0; v < trajectory[turn].length; v++) {
            out.write(prefix);
            out.write(scenario.variables().get(v).id());
            out.write(',');
            out.write(Double.toString(trajectory[turn][v]));
            out.write('\n');
          }
        }
      }
    }
  }
}
