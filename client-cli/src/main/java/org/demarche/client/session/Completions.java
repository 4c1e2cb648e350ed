package org.demarche.client.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.client.session.CommandSpec.ArgKind;

/**
 * Tab completion without a terminal: the candidates for one word of a partly typed line, from the
 * catalog (command names) and the state (actions, teams, people, proposals, dilemmas, events,
 * games, scenarios, variables). The JLine completer is a thin adapter over it.
 *
 * <p>Stateless; any thread.
 */
public final class Completions {
  private Completions() {}

  /**
   * The candidates for the word at {@code index} (0 is the command), whatever its typed prefix:
   * the line editor filters by prefix itself.
   */
  public static List<String> candidates(
      CommandCatalog catalog, ClientState state, List<String> words, int index) {
    List<String> out = new ArrayList<>();
    if (index == 0) {
      catalog.forRole(state.role()).forEach(spec -> out.add(spec.name()));
      return out;
    }
    String name = words.get(0).toLowerCase(Locale.ROOT);
    CommandSpec spec = catalog.find(name, state.role()).orElse(null);
    if (spec == null) {
      return out;
    }
    if ("wait".equals(name) && index == 2 && "push".equalsIgnoreCase(words.get(1))) {
      return PushTypes.NAMES;
    }
    ArgKind kind = spec.argKind(index - 1);
    if (kind == ArgKind.COMMAND) {
      catalog.forRole(state.role()).forEach(s -> out.add(s.name()));
      return out;
    }
    return state.candidates(kind, words.subList(1, index));
  }
}
