package org.demarche.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.TeamOrders;
import org.demarche.game.api.View;

/** A team's one shared draft of orders for the open turn; game executor only. */
final class Draft {
  private final List<String> actions = new ArrayList<>();
  private final Map<String, String> choices = new LinkedHashMap<>();
  private boolean locked;
  private String lastEditedBy = "";

  boolean locked() {
    return locked;
  }

  boolean contains(String actionId) {
    return actions.contains(actionId);
  }

  void add(String actionId, String by) {
    actions.add(actionId);
    lastEditedBy = by;
  }

  void remove(String actionId, String by) {
    actions.remove(actionId);
    lastEditedBy = by;
  }

  void choose(String eventId, String optionId, String by) {
    choices.put(eventId, optionId);
    lastEditedBy = by;
  }

  void clear(String by) {
    actions.clear();
    choices.clear();
    lastEditedBy = by;
  }

  void lock(boolean locked, String by) {
    this.locked = locked;
    lastEditedBy = by;
  }

  /** Back to empty and open, for a new turn. */
  void reset() {
    actions.clear();
    choices.clear();
    locked = false;
    lastEditedBy = "";
  }

  TeamOrders orders(String teamId) {
    return new TeamOrders(teamId, actions, choices);
  }

  View.Draft view() {
    return new View.Draft(actions, choices, locked, lastEditedBy);
  }
}
