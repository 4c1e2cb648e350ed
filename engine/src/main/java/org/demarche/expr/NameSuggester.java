package org.demarche.expr;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Picks the closest known name for did-you-mean hints, by edit distance, case and unique prefix. */
public final class NameSuggester {

  private NameSuggester() {}

  /**
   * Returns the candidate closest to {@code name}, or empty when none is reasonably close.
   *
   * <p>In order: an exact match; the candidate at the smallest case-insensitive edit distance
   * (counting a swap of two neighbours as one edit) when that distance is at most
   * {@code max(1, name.length() / 3)}; the only candidate that {@code name} is a case-insensitive
   * prefix of. Ties go to the alphabetically first candidate so the answer never depends on the
   * collection's iteration order.
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.contains(name)) {
      return Optional.of(name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, name.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixMatch = null;
    int prefixMatches = 0;
    for (String candidate : candidates) {
      String candidateLower = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(lower, candidateLower);
      if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
      if (!lower.isEmpty() && candidateLower.startsWith(lower)) {
        prefixMatches++;
        prefixMatch = candidate;
      }
    }
    if (best != null && bestDistance <= limit) {
      return Optional.of(best);
    }
    return prefixMatches == 1 ? Optional.of(prefixMatch) : Optional.empty();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[] twoBack = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
