package org.demarche.expr;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted {@link EvalContext} for tests: fixed values, a fixed list of random draws, and counters
 * of what was read and drawn. It allocates nothing while evaluating.
 */
final class FakeContext implements EvalContext {

  private final double[] variables;
  private final double[][] lagged;
  private final double[] resources;
  private final double[] selfResources;
  private final int turn;
  private final double[] draws;
  private int drawn;
  private int variableReads;

  private FakeContext(Builder builder) {
    this.variables = builder.variables.clone();
    this.resources = builder.resources.clone();
    this.selfResources = builder.selfResources.clone();
    this.turn = builder.turn;
    this.draws = builder.draws.clone();
    int deepest = builder.lagged.keySet().stream().mapToInt(key -> key[1]).max().orElse(0);
    this.lagged = new double[variables.length][deepest + 1];
    for (double[] row : lagged) {
      Arrays.fill(row, Double.NaN);
    }
    builder.lagged.forEach((key, value) -> lagged[key[0]][key[1]] = value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** How many random numbers have been drawn since the last {@link #rewind()}. */
  int draws() {
    return drawn;
  }

  /** How many times a current variable value has been read. */
  int variableReads() {
    return variableReads;
  }

  /** Starts the scripted draws again from the first, so one context can serve many evaluations. */
  void rewind() {
    drawn = 0;
  }

  @Override
  public double variable(int index) {
    variableReads++;
    return variables[index];
  }

  @Override
  public double lagged(int index, int turnsAgo) {
    double value = turnsAgo < lagged[index].length ? lagged[index][turnsAgo] : Double.NaN;
    if (Double.isNaN(value)) {
      throw new AssertionError("no lagged value scripted for variable " + index + " " + turnsAgo + " turns ago");
    }
    return value;
  }

  @Override
  public double resource(int index) {
    return resources[index];
  }

  @Override
  public double selfResource(int index) {
    return selfResources[index];
  }

  @Override
  public int turn() {
    return turn;
  }

  @Override
  public double nextRandom() {
    if (drawn == draws.length) {
      throw new AssertionError("the expression drew more than the " + draws.length + " scripted random numbers");
    }
    return draws[drawn++];
  }

  /** Sets what the context returns; everything defaults to zero, with turn 1 and no draws. */
  static final class Builder {
    private double[] variables = new double[3];
    private final Map<int[], Double> lagged = new TreeMap<>(Arrays::compare);
    private double[] resources = new double[4];
    private double[] selfResources = new double[2];
    private int turn = 1;
    private double[] draws = new double[0];

    Builder variables(double... values) {
      variables = values.clone();
      return this;
    }

    Builder lagged(int index, int turnsAgo, double value) {
      lagged.put(new int[] {index, turnsAgo}, value);
      return this;
    }

    Builder resources(double... values) {
      resources = values.clone();
      return this;
    }

    Builder selfResources(double... values) {
      selfResources = values.clone();
      return this;
    }

    Builder turn(int value) {
      turn = value;
      return this;
    }

    Builder draws(double... values) {
      draws = values.clone();
      return this;
    }

    FakeContext build() {
      return new FakeContext(this);
    }
  }
}
