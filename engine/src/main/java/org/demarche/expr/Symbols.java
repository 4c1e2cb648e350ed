package org.demarche.expr;

import java.util.Collection;
import java.util.List;

/** Names an expression may use, resolved to indices at compile time; implemented by the scenario loader. */
public interface Symbols {

  /** Returns the index of the variable {@code name}, or -1 when there is no such variable. */
  int variable(String name);

  /** Returns the flat index of {@code team}'s resource, or -1 when the team or the resource is unknown. */
  int resource(String team, String resource);

  /** Tells an unknown team apart from a known team's unknown resource. */
  boolean hasTeam(String team);

  /** Whether {@code self.resource} may be used in this expression. */
  boolean allowsSelf();

  /** Returns the index of the acting team's resource (the same for every team), or -1. */
  int selfResource(String resource);

  /** All variable names, for did-you-mean hints. */
  Collection<String> variableNames();

  /** The resource names of a team, or of the acting team when given {@code "self"}, for did-you-mean hints. */
  Collection<String> resourceNames(String teamOrSelf);

  /** All team ids, for did-you-mean hints on an unknown team; the default offers none. */
  default Collection<String> teamNames() {
    return List.of();
  }
}
