package org.demarche.review;

import java.util.List;
import org.demarche.engine.ActionOutcome;
import org.demarche.game.api.ProposalState;

/**
 * One turn of a review's timeline: what each team ordered and what became of it, what happened,
 * which dilemmas were raised and answered, why visible variables moved, and the people's side
 * (instructor acts, agreements, messages). Team ids are named in {@link Summary#teams()}.
 *
 * @param resolved false for the turn still open when the record was taken: it has only the
 *     people's side
 * @param changes one sentence per visible variable that moved, with its causes
 * @param outcome how the game ended this turn, or ""
 */
public record TimelineTurn(
    int turn,
    String label,
    boolean resolved,
    List<Order> orders,
    List<Happening> events,
    List<DilemmaRaised> dilemmasRaised,
    List<DilemmaAnswered> dilemmasAnswered,
    List<String> changes,
    List<GameRecord.Act> acts,
    List<Agreement> agreements,
    List<GameRecord.Message> messages,
    String outcome) {

  public TimelineTurn {
    orders = List.copyOf(orders);
    events = List.copyOf(events);
    dilemmasRaised = List.copyOf(dilemmasRaised);
    dilemmasAnswered = List.copyOf(dilemmasAnswered);
    changes = List.copyOf(changes);
    acts = List.copyOf(acts);
    agreements = List.copyOf(agreements);
    messages = List.copyOf(messages);
  }

  /**
   * A team's order and its fate.
   *
   * @param action the action's name, or the id as ordered when the scenario has no such action
   * @param reason why it was refused or not matched; "" otherwise
   */
  public record Order(
      String teamId, String actionId, String action, ActionOutcome.Status status, String reason) {}

  /** Something that happened: a scenario event, an instructor's inject of one, or an ad hoc one. */
  public record Happening(Kind kind, String title, String text) {

    /** Where it came from. */
    public enum Kind {
      EVENT,
      INJECT,
      AD_HOC
    }
  }

  /** A dilemma put to a team this turn, to be answered the next. */
  public record DilemmaRaised(String teamId, String title, String prompt) {}

  /** How a team settled a dilemma; {@code defaulted} when it did not answer in time. */
  public record DilemmaAnswered(String teamId, String title, String choice, boolean defaulted) {}

  /** A proposal of a joint action between two teams, and where it ended up. */
  public record Agreement(
      String proposalId, String actionId, String action, String fromTeamId, String toTeamId,
      ProposalState state) {}
}
