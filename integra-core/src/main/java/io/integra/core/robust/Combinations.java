package io.integra.core.robust;

import java.util.List;

/**
 * The k-subsets of {@code 0..m-1} in lexicographic order, and the minimality test, shared by the two
 * searches for smallest sets of criteria ({@link FlipSearch}, {@link Separation}): a set is only tried
 * if it holds no smaller set already found, so every set reported is minimal (docs/robustness.md).
 */
final class Combinations {
  private Combinations() {}

  /** The first subset of the given size: {@code 0, 1, ..., size-1}. */
  static int[] first(int size) {
    int[] comb = new int[size];
    for (int i = 0; i < size; i++) comb[i] = i;
    return comb;
  }

  /** Advances {@code comb} (sorted, of {@code 0..m-1}) to the next subset of the same size; false after the last one. */
  static boolean next(int[] comb, int m) {
    int size = comb.length;
    int k = size - 1;
    while (k >= 0 && comb[k] == m - size + k) k--;
    if (k < 0) return false;
    comb[k]++;
    for (int j = k + 1; j < size; j++) comb[j] = comb[j - 1] + 1;
    return true;
  }

  /** Whether {@code comb} contains every element of one of the sets already {@code found}. */
  static boolean containsFound(int[] comb, List<int[]> found) {
    outer:
    for (int[] f : found) {
      for (int x : f) {
        boolean in = false;
        for (int y : comb) if (y == x) { in = true; break; }
        if (!in) continue outer;
      }
      return true;
    }
    return false;
  }
}
