package org.demarche.client.render;

import org.demarche.proto.v1.Phase;

/**
 * The interactive prompt, e.g. {@code [T3 2022-Q4 04:12 locked] gov> }: the turn, its label, the
 * time left when the turn has a limit, and the team's or game's state, before who is typing.
 *
 * <p>Stateless; any thread.
 */
public final class Prompt {
  private Prompt() {}

  /**
   * The prompt text.
   *
   * @param who the team id, "instructor" or "observe:TEAM"
   * @param locked whether the team has locked in its orders
   */
  public static String render(
      String who, Phase phase, int turn, String label, long millisLeft, boolean locked,
      Style style) {
    StringBuilder status = new StringBuilder();
    if (phase == Phase.LOBBY || phase == Phase.PHASE_UNSPECIFIED || turn == 0) {
      status.append(phase == Phase.ENDED ? "ended" : "lobby");
    } else {
      status.append('T').append(turn);
      if (!label.isEmpty()) {
        status.append(' ').append(label);
      }
      if (phase == Phase.RUNNING && millisLeft > 0) {
        status.append(' ').append(TimeFormat.clock(millisLeft));
      }
      if (phase == Phase.PAUSED || phase == Phase.ENDED) {
        status.append(' ').append(GameText.phaseName(phase));
      }
      if (locked && phase == Phase.RUNNING) {
        status.append(" locked");
      }
    }
    return "[" + style.cyan(status.toString()) + "] " + style.bold(who) + "> ";
  }
}
