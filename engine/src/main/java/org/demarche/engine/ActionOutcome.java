package org.demarche.engine;

/**
 * What became of one ordered action.
 *
 * @param team the ordering team's index
 * @param action the action's index, or -1 when the id was unknown
 * @param actionId the id as ordered
 * @param reason why it was refused or not matched, else empty
 */
public record ActionOutcome(int team, int action, String actionId, Status status, String reason) {

  /** The fate of an order. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    REFUSED,
    UNMATCHED
  }
}
