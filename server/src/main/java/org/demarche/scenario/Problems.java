package org.demarche.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file, so that an author sees them all at once. */
final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void error(String path, String message) {
    error(path, message, "");
  }

  void error(String path, String message, String hint) {
    list.add(new Problem(Problem.Severity.ERROR, file, path, message, hint));
  }

  void warning(String path, String message, String hint) {
    list.add(new Problem(Problem.Severity.WARNING, file, path, message, hint));
  }

  boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  List<Problem> all() {
    return List.copyOf(list);
  }
}
