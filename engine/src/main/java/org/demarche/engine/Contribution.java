package org.demarche.engine;

/**
 * One term of a variable's change in a turn. The contributions of a variable add up exactly to
 * its change, the clamp included. The cause is kept as plain numbers and made into a
 * {@link Cause} when asked for, because a turn records dozens of these on the hot path.
 */
public final class Contribution {
  private final int variable;
  private final Cause.Kind kind;
  private final int team;
  private final int ref;
  private final int option;
  private final double amount;
  private final boolean delayed;

  Contribution(int variable, Cause.Kind kind, int team, int ref, int option, double amount,
      boolean delayed) {
    this.variable = variable;
    this.kind = kind;
    this.team = team;
    this.ref = ref;
    this.option = option;
    this.amount = amount;
    this.delayed = delayed;
  }

  Contribution(int variable, Cause cause, double amount, boolean delayed) {
    this(variable, cause.kind(), cause.team(), cause.ref(), cause.option(), amount, delayed);
  }

  public int variable() {
    return variable;
  }

  public Cause cause() {
    return new Cause(kind, team, ref, option);
  }

  Cause.Kind kind() {
    return kind;
  }

  public double amount() {
    return amount;
  }

  /** True when the effect was set in motion in an earlier turn (a delay or duration). */
  public boolean delayed() {
    return delayed;
  }

  @Override
  public String toString() {
    return "Contribution[variable=" + variable + ", cause=" + cause() + ", amount=" + amount
        + ", delayed=" + delayed + "]";
  }
}
