package io.integra.casebase.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run, so that a researcher sees them all at once. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void add(Location at, String message, String expected) { list.add(new Problem(at, message, expected)); }

  public boolean isEmpty() { return list.isEmpty(); }

  public int size() { return list.size(); }

  public List<Problem> sorted() {
    return list.stream().sorted(Comparator.comparing((Problem p) -> p.location().file())
        .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column())).toList();
  }

  /** Throws {@link InvalidInputException} when any problem was found. */
  public void throwIfAny() {
    if (!list.isEmpty()) throw new InvalidInputException(sorted());
  }
}
