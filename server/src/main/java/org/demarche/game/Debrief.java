package org.demarche.game;

import java.util.List;
import org.demarche.game.api.Channel;

/**
 * What a game keeps for the class debrief: every instructor act and every chat message, in the
 * order they happened. Immutable; any thread.
 */
public record Debrief(String gameId, List<Act> acts, List<Message> messages) {
  public Debrief {
    acts = List.copyOf(acts);
    messages = List.copyOf(messages);
  }

  /** One instructor act: on which turn, what, and its details (e.g. the reason of a correction). */
  public record Act(int turn, String what, String details) {}

  /** One chat message as sent; {@code toTeamId} only for a team pair, "" otherwise. */
  public record Message(
      int turn,
      Channel channel,
      String fromName,
      String fromTeamId,
      String toTeamId,
      String text) {}
}
