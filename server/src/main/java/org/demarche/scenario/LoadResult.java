package org.demarche.scenario;

import java.util.List;
import org.demarche.engine.model.Scenario;

/**
 * The outcome of loading one scenario file: the scenario when it has no errors (else null),
 * every error and warning found, and the text it was read from ("" when there was none), which a
 * game's journal keeps a copy of.
 */
public record LoadResult(Scenario scenario, List<Problem> problems, String source) {

  public LoadResult {
    problems = List.copyOf(problems);
  }

  LoadResult(Scenario scenario, List<Problem> problems) {
    this(scenario, problems, "");
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
