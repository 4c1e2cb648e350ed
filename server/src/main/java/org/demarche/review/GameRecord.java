package org.demarche.review;

import java.util.List;
import org.demarche.engine.GameState;
import org.demarche.engine.TeamView;
import org.demarche.engine.TurnReport;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ProposalState;

/**
 * Everything a game keeps for its after-action review, as of one moment: the engine's states,
 * reports and team views turn by turn, and the people's side of it (instructor acts, messages,
 * agreements). Immutable; any thread. Indexing: {@code states.get(k)} is the state after turn k
 * ({@code k = 0} is the start), {@code reports.get(k - 1)} the report of turn k, and
 * {@code seen.get(k).get(t)} what team t was shown after turn k (estimates as they were shown).
 */
public record GameRecord(
    String gameId,
    String scenarioId,
    Scenario scenario,
    long seed,
    Branch branch,
    List<GameState> states,
    List<TurnReport> reports,
    List<List<TeamView>> seen,
    List<Act> acts,
    List<Message> messages,
    List<Agreement> agreements,
    boolean ended,
    String outcome) {

  public GameRecord {
    states = List.copyOf(states);
    reports = List.copyOf(reports);
    seen = List.copyOf(seen);
    acts = List.copyOf(acts);
    messages = List.copyOf(messages);
    agreements = List.copyOf(agreements);
  }

  /** The last turn played: 0 before the first resolution. */
  public int turnsPlayed() {
    return reports.size();
  }

  /**
   * Where a fork left its parent: it shares the parent's turns before {@code turn} and plays
   * {@code turn} and after anew. {@link #NONE} for a game that is not a fork.
   */
  public record Branch(String parentGameId, int turn) {
    public static final Branch NONE = new Branch("", 0);

    public boolean isFork() {
      return !parentGameId.isEmpty();
    }
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

  /** A proposal of a joint action between two teams and what became of it. */
  public record Agreement(
      int turn, String proposalId, String actionId, String fromTeamId, String toTeamId,
      ProposalState state) {}
}
