package org.demarche.engine;

/**
 * What moved a variable: one entry's origin in the causal ledger.
 *
 * @param team the acting team for actions and dilemma choices, -1 otherwise
 * @param ref index of the action, event or dynamic
 * @param option the chosen option of a dilemma, -1 otherwise
 */
public record Cause(Kind kind, int team, int ref, int option) {

  /** The kinds of causes. */
  public enum Kind {
    ACTION,
    JOINT_ACTION,
    EVENT,
    DILEMMA,
    DYNAMIC,
    CLAMP,
    /** An ad-hoc event of the instructor; {@code ref} indexes the turn's ad-hoc events. */
    INSTRUCTOR
  }

  public static final Cause CLAMP = new Cause(Kind.CLAMP, -1, -1, -1);

  public static Cause action(int team, int action) {
    return new Cause(Kind.ACTION, team, action, -1);
  }

  public static Cause jointAction(int action) {
    return new Cause(Kind.JOINT_ACTION, -1, action, -1);
  }

  public static Cause event(int event) {
    return new Cause(Kind.EVENT, -1, event, -1);
  }

  public static Cause dilemma(int team, int event, int option) {
    return new Cause(Kind.DILEMMA, team, event, option);
  }

  public static Cause instructor(int adhoc) {
    return new Cause(Kind.INSTRUCTOR, -1, adhoc, -1);
  }

  public static Cause dynamic(int dynamic) {
    return new Cause(Kind.DYNAMIC, -1, dynamic, -1);
  }
}
