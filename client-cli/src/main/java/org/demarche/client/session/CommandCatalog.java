package org.demarche.client.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.proto.v1.Role;

/**
 * The commands of the prompt in the order {@code help} lists them, looked up by name for a role.
 *
 * <p>Filled once while the client is built, then read-only; any thread after that.
 */
public final class CommandCatalog {
  /** Commands by name; one name may have a version per role (observers' and instructor's view). */
  private final Map<String, List<CommandSpec>> commands = new LinkedHashMap<>();

  /** Adds a command; a name may repeat only for roles that do not overlap. */
  public void add(CommandSpec spec) {
    List<CommandSpec> versions = commands.computeIfAbsent(spec.name(), name -> new ArrayList<>());
    for (CommandSpec other : versions) {
      if (other.roles().stream().anyMatch(spec.roles()::contains)) {
        throw new IllegalArgumentException("the command " + spec.name() + " is defined twice");
      }
    }
    versions.add(spec);
  }

  /** The command of that name if the role may use it. */
  public Optional<CommandSpec> find(String name, Role role) {
    return commands.getOrDefault(name, List.of()).stream()
        .filter(spec -> spec.roles().contains(role))
        .findFirst();
  }

  /**
   * The command for a parsed line, its arguments checked.
   *
   * @throws UsageError for an unknown command (with a suggestion) or a wrong number of arguments
   */
  public CommandSpec resolve(ParsedLine line, Role role) throws UsageError {
    Optional<CommandSpec> spec = find(line.name(), role);
    if (spec.isEmpty()) {
      String hint = commands.containsKey(line.name())
          ? "'" + line.name() + "' is not available to " + roleName(role)
          : "unknown command '" + line.name() + "'";
      throw new UsageError(hint + "; type 'help' for the list");
    }
    spec.get().checkArity(line);
    return spec.get();
  }

  /** The commands a role may use, in catalog order. */
  public List<CommandSpec> forRole(Role role) {
    List<CommandSpec> specs = new ArrayList<>();
    for (List<CommandSpec> versions : commands.values()) {
      for (CommandSpec spec : versions) {
        if (spec.roles().contains(role)) {
          specs.add(spec);
        }
      }
    }
    return specs;
  }

  /** The {@code help} text for a role: usage lines aligned, with their summaries. */
  public String help(Role role) {
    int width = 0;
    for (CommandSpec spec : forRole(role)) {
      width = Math.max(width, spec.usage().length());
    }
    StringBuilder out = new StringBuilder("Commands (" + roleName(role) + "):\n");
    for (CommandSpec spec : forRole(role)) {
      out.append(String.format("  %-" + width + "s  %s%n", spec.usage(), spec.summary()));
    }
    return out.toString();
  }

  private static String roleName(Role role) {
    switch (role) {
      case INSTRUCTOR:
        return "the instructor";
      case OBSERVER:
        return "observers";
      default:
        return "players";
    }
  }
}
