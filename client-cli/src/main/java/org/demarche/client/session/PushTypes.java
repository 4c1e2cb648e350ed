package org.demarche.client.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The pushes a script can wait for, by the names of their fields in {@code ServerMessage}. */
final class PushTypes {
  static final List<String> NAMES = List.of("chat", "draft_changed", "turn_report", "team_view",
      "timer_warning", "game_status", "lobby_change", "proposal", "server_closing");

  private PushTypes() {}

  /**
   * The push type {@code typed} names: its field name in any case, with or without the
   * underscores ({@code turn_report}, {@code TurnReport}); empty when it names none.
   */
  static Optional<String> named(String typed) {
    String wanted = squeeze(typed);
    return NAMES.stream().filter(name -> squeeze(name).equals(wanted)).findFirst();
  }

  private static String squeeze(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
