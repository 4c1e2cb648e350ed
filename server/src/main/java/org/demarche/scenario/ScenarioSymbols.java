package org.demarche.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.demarche.expr.Symbols;

/**
 * The names a scenario's expressions may use: variables, {@code team.resource}, and, where a team
 * acts, {@code self.resource} (valid only if every acting team has that resource).
 */
final class ScenarioSymbols implements Symbols {
  private final Map<String, Integer> variables;
  private final Map<String, Map<String, Integer>> resourcesByTeam;
  private final List<String> resourceNames;
  private final List<String> selfTeams;

  ScenarioSymbols(
      Map<String, Integer> variables,
      Map<String, Map<String, Integer>> resourcesByTeam,
      List<String> resourceNames,
      List<String> selfTeams) {
    this.variables = variables;
    this.resourcesByTeam = resourcesByTeam;
    this.resourceNames = resourceNames;
    this.selfTeams = selfTeams;
  }

  /** The same names, with {@code self} meaning any of {@code teams}. */
  ScenarioSymbols withSelf(List<String> teams) {
    return new ScenarioSymbols(variables, resourcesByTeam, resourceNames, List.copyOf(teams));
  }

  @Override
  public int variable(String name) {
    return variables.getOrDefault(name, -1);
  }

  @Override
  public int resource(String team, String resource) {
    Map<String, Integer> resources = resourcesByTeam.get(team);
    return resources == null ? -1 : resources.getOrDefault(resource, -1);
  }

  @Override
  public boolean hasTeam(String team) {
    return resourcesByTeam.containsKey(team);
  }

  @Override
  public boolean allowsSelf() {
    return selfTeams != null && !selfTeams.isEmpty();
  }

  @Override
  public int selfResource(String resource) {
    if (!allowsSelf()) {
      return -1;
    }
    for (String team : selfTeams) {
      if (resource(team, resource) < 0) {
        return -1;
      }
    }
    return resourceNames.indexOf(resource);
  }

  @Override
  public Collection<String> teamNames() {
    return resourcesByTeam.keySet();
  }

  @Override
  public Collection<String> variableNames() {
    return variables.keySet();
  }

  @Override
  public Collection<String> resourceNames(String teamOrSelf) {
    if ("self".equals(teamOrSelf)) {
      List<String> common = new ArrayList<>();
      for (String name : resourceNames) {
        if (selfResource(name) >= 0) {
          common.add(name);
        }
      }
      return common;
    }
    Map<String, Integer> resources = resourcesByTeam.get(teamOrSelf);
    return resources == null ? List.of() : resources.keySet();
  }
}
