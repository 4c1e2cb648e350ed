package org.demarche.engine.model;

import java.util.List;

/** What a scenario is and where it comes from; shown to instructors. */
public record Metadata(
    String id, String title, String version, String description, List<Source> sources) {

  public Metadata {
    sources = List.copyOf(sources);
  }

  /** A document the scenario is built from. */
  public record Source(String id, String title, String date, String url) {}
}
