package io.integra.core.robust;

import java.util.List;

/**
 * A smallest set of criterion changes that moves the verdict: no subset of it does.
 *
 * @param changes the changes, in codebook order
 * @param label   the verdict they give
 * @param steps   total scale steps (the least among the assignments of this set that flip)
 */
public record Flip(List<Change> changes, String label, int steps) {
  public Flip { changes = List.copyOf(changes); }

  public int size() { return changes.size(); }
}
