package org.demarche.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A turn's causal ledger kept as columns of numbers: a turn records about eighty entries, and a
 * {@link Contribution} object is only made when a reader asks for one. Read-only as a list.
 */
final class Ledger extends AbstractList<Contribution> implements RandomAccess {
  private static final Cause.Kind[] KINDS = Cause.Kind.values();

  private int size;
  private int[] variables;
  private int[] refs;
  /** Per entry, its cause's kind (ordinal) shifted left by one, and 1 when it was delayed. */
  private byte[] kindsAndDelays;
  /** Per entry, its cause's team in the upper half and its option in the lower. */
  private long[] teamsAndOptions;
  private double[] amounts;

  Ledger(int capacity) {
    variables = new int[capacity];
    refs = new int[capacity];
    kindsAndDelays = new byte[capacity];
    teamsAndOptions = new long[capacity];
    amounts = new double[capacity];
  }

  void add(int variable, Cause.Kind kind, int team, int ref, int option, double amount,
      boolean isDelayed) {
    if (size == variables.length) {
      grow();
    }
    variables[size] = variable;
    refs[size] = ref;
    kindsAndDelays[size] = (byte) (kind.ordinal() << 1 | (isDelayed ? 1 : 0));
    teamsAndOptions[size] = (long) team << 32 | (option & 0xffff_ffffL);
    amounts[size] = amount;
    size++;
  }

  void add(int variable, Cause cause, double amount, boolean isDelayed) {
    add(variable, cause.kind(), cause.team(), cause.ref(), cause.option(), amount, isDelayed);
  }

  @Override
  public Contribution get(int index) {
    Objects.checkIndex(index, size);
    long teamAndOption = teamsAndOptions[index];
    return new Contribution(variables[index], KINDS[kindsAndDelays[index] >> 1],
        (int) (teamAndOption >> 32), refs[index], (int) teamAndOption, amounts[index],
        (kindsAndDelays[index] & 1) != 0);
  }

  @Override
  public int size() {
    return size;
  }

  private void grow() {
    int capacity = Math.max(8, 2 * size);
    variables = Arrays.copyOf(variables, capacity);
    refs = Arrays.copyOf(refs, capacity);
    kindsAndDelays = Arrays.copyOf(kindsAndDelays, capacity);
    teamsAndOptions = Arrays.copyOf(teamsAndOptions, capacity);
    amounts = Arrays.copyOf(amounts, capacity);
  }
}
