package org.demarche.server.sim;

import org.demarche.engine.Policies;
import org.demarche.engine.Policy;

/** The names of the built-in policies, as typed on the command line and in scripts. */
public final class PolicyNames {
  private PolicyNames() {}

  /** The built-in policy of that name, or null. */
  public static Policy builtIn(String name) {
    switch (name) {
      case "autopilot":
        return Policies.AUTOPILOT;
      case "passive":
        return Policies.PASSIVE;
      case "random":
        return Policies.RANDOM;
      default:
        return null;
    }
  }
}
