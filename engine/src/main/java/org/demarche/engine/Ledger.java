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
  private int size;
  private int[] variables;
  private Cause.Kind[] kinds;
  private int[] teams;
  private int[] refs;
  private int[] options;
  private double[] amounts;
  private boolean[] delayed;

  Ledger(int capacity) {
    variables = new int[capacity];
    kinds = new Cause.Kind[capacity];
    teams = new int[capacity];
    refs = new int[capacity];
    options = new int[capacity];
    amounts = new double[capacity];
    delayed = new boolean[capacity];
  }

  void add(int variable, Cause.Kind kind, int team, int ref, int option, double amount,
      boolean isDelayed) {
    if (size == variables.length) {
      grow();
    }
    variables[size] = variable;
    kinds[size] = kind;
    teams[size] = team;
    refs[size] = ref;
    options[size] = option;
    amounts[size] = amount;
    delayed[size] = isDelayed;
    size++;
  }

  void add(int variable, Cause cause, double amount, boolean isDelayed) {
    add(variable, cause.kind(), cause.team(), cause.ref(), cause.option(), amount, isDelayed);
  }

  @Override
  public Contribution get(int index) {
    Objects.checkIndex(index, size);
    return new Contribution(variables[index], kinds[index], teams[index], refs[index],
        options[index], amounts[index], delayed[index]);
  }

  @Override
  public int size() {
    return size;
  }

  private void grow() {
    int capacity = Math.max(8, 2 * size);
    variables = Arrays.copyOf(variables, capacity);
    kinds = Arrays.copyOf(kinds, capacity);
    teams = Arrays.copyOf(teams, capacity);
    refs = Arrays.copyOf(refs, capacity);
    options = Arrays.copyOf(options, capacity);
    amounts = Arrays.copyOf(amounts, capacity);
    delayed = Arrays.copyOf(delayed, capacity);
  }
}
