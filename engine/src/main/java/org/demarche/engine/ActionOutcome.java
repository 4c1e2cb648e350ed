package org.demarche.engine;

/**
 * What became of one ordered action.
 *
 * @param team the ordering team's index
 * @param action the action's index, or -1 when the id was unknown
 * @param actionId the id as ordered
 * @param why why it was refused or not matched, {@link Reason#NONE} when it was carried out
 */
public record ActionOutcome(int team, int action, String actionId, Status status, Reason why) {

  /** Why it was refused or not matched, as a sentence; empty when it was carried out. */
  public String reason() {
    return why.sentence();
  }

  /** With the reason's sentence, not the lambda that words it. */
  @Override
  public String toString() {
    return "ActionOutcome[team=" + team + ", action=" + action + ", actionId=" + actionId
        + ", status=" + status + ", reason=" + reason() + "]";
  }

  /** The fate of an order. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    REFUSED,
    UNMATCHED
  }

  /**
   * A reason, worded when read: wording a refusal can format numbers with
   * {@code Double.toString}, which the engine's hot path should not pay for a report nobody reads.
   */
  @FunctionalInterface
  public interface Reason {
    Reason NONE = () -> "";

    String sentence();
  }
}
