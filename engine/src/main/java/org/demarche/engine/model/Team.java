package org.demarche.engine.model;

import java.util.List;

/**
 * A side in the exercise.
 *
 * @param resourceOffset index of this team's first resource in the flat resource array
 * @param resourceSlotByName for each of {@link Scenario#resourceNames()}, this team's flat resource
 *     index, or -1 when the team has no resource of that name; how {@code self.x} is resolved
 */
public record Team(
    String id,
    String name,
    String briefing,
    boolean autopilot,
    int slots,
    List<Resource> resources,
    List<Objective> objectives,
    int resourceOffset,
    int[] resourceSlotByName) {

  public Team {
    resources = List.copyOf(resources);
    objectives = List.copyOf(objectives);
  }
}
