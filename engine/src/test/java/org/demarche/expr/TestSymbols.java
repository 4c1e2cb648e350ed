package org.demarche.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small in-memory {@link Symbols} for tests; variables and resources are indexed in declaration order. */
final class TestSymbols implements Symbols {

  private final List<String> variables;
  private final Map<String, List<String>> teams;
  private final List<String> selfResources;
  private final boolean allowsSelf;

  private TestSymbols(Builder builder) {
    this.variables = List.copyOf(builder.variables);
    this.teams = new LinkedHashMap<>(builder.teams);
    this.selfResources = List.copyOf(builder.selfResources);
    this.allowsSelf = builder.allowsSelf;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The symbols most tests use: variables reserves_usd_bn (0), inflation (1), stability (2); team gov
   * with capital (0) and legitimacy (1), team opp with capital (2) and morale (3); self.capital (0)
   * and self.legitimacy (1) allowed.
   */
  static TestSymbols standard() {
    return standardBuilder().build();
  }

  static Builder standardBuilder() {
    return builder()
        .variables("reserves_usd_bn", "inflation", "stability")
        .team("gov", "capital", "legitimacy")
        .team("opp", "capital", "morale")
        .self("capital", "legitimacy");
  }

  @Override
  public int variable(String name) {
    return variables.indexOf(name);
  }

  @Override
  public int resource(String team, String resource) {
    int offset = 0;
    for (Map.Entry<String, List<String>> entry : teams.entrySet()) {
      if (entry.getKey().equals(team)) {
        int local = entry.getValue().indexOf(resource);
        return local < 0 ? -1 : offset + local;
      }
      offset += entry.getValue().size();
    }
    return -1;
  }

  @Override
  public boolean hasTeam(String team) {
    return teams.containsKey(team);
  }

  @Override
  public boolean allowsSelf() {
    return allowsSelf;
  }

  @Override
  public int selfResource(String resource) {
    return selfResources.indexOf(resource);
  }

  @Override
  public Collection<String> variableNames() {
    return variables;
  }

  @Override
  public Collection<String> resourceNames(String teamOrSelf) {
    return teamOrSelf.equals("self") ? selfResources : teams.getOrDefault(teamOrSelf, List.of());
  }

  @Override
  public Collection<String> teamNames() {
    return teams.keySet();
  }

  /** Collects names; each call adds to what is already declared. */
  static final class Builder {
    private final List<String> variables = new ArrayList<>();
    private final Map<String, List<String>> teams = new LinkedHashMap<>();
    private final List<String> selfResources = new ArrayList<>();
    private boolean allowsSelf;

    Builder variables(String... names) {
      variables.addAll(List.of(names));
      return this;
    }

    Builder team(String team, String... resources) {
      teams.put(team, List.of(resources));
      return this;
    }

    /** Allows {@code self.x} and declares the acting team's resources. */
    Builder self(String... resources) {
      allowsSelf = true;
      selfResources.addAll(List.of(resources));
      return this;
    }

    /** Forbids {@code self.x}, as in a dynamic's delta, while keeping the resource names for hints. */
    Builder forbidSelf() {
      allowsSelf = false;
      return this;
    }

    TestSymbols build() {
      return new TestSymbols(this);
    }
  }
}
