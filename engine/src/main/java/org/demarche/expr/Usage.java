package org.demarche.expr;

import java.util.SortedSet;
import java.util.TreeSet;

/** What a subtree reads and draws, gathered at compile time for folding and for the engine's bookkeeping. */
final class Usage {

  private final SortedSet<Integer> variables = new TreeSet<>();
  private final SortedSet<Integer> resources = new TreeSet<>();
  private boolean self;
  private boolean turn;
  private boolean random;
  private int maxLag;

  static Usage of(Node node) {
    Usage usage = new Usage();
    node.collect(usage);
    return usage;
  }

  void variable(int index) {
    variables.add(index);
  }

  void lagged(int index, int turnsAgo) {
    variables.add(index);
    maxLag = Math.max(maxLag, turnsAgo);
  }

  void resource(int index) {
    resources.add(index);
  }

  void self() {
    self = true;
  }

  void turn() {
    turn = true;
  }

  void random() {
    random = true;
  }

  /** True when the subtree depends on nothing outside itself, so it can be folded to its value. */
  boolean isEmpty() {
    return variables.isEmpty() && resources.isEmpty() && !self && !turn && !random;
  }

  int[] variables() {
    return toArray(variables);
  }

  int[] resources() {
    return toArray(resources);
  }

  boolean readsSelf() {
    return self;
  }

  boolean drawsRandom() {
    return random;
  }

  int maxLag() {
    return maxLag;
  }

  private static int[] toArray(SortedSet<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }
}
