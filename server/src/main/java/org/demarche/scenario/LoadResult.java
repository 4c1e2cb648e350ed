package org.demarche.scenario;

import java.util.List;
import org.demarche.engine.model.Scenario;

/**
 * The outcome of loading one scenario file: the scenario when it has no errors (else null), and
 * every error and warning found.
 */
public record LoadResult(Scenario scenario, List<Problem> problems) {

  public LoadResult {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return scenario != null;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
