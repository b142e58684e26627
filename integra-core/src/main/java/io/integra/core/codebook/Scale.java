package io.integra.core.codebook;

import java.util.List;

/**
 * A scale on which codings state their scores: a list of allowed values with their labels
 * (e.g. Ragin's four-value fuzzy scale), or continuous when {@code points} is empty.
 */
public record Scale(String id, String name, List<Point> points) {
  public Scale { points = List.copyOf(points); }

  public boolean continuous() { return points.isEmpty(); }

  /** Whether {@code score} is on the scale (to 1e-9 for stated points). */
  public boolean allows(double score) {
    if (score < 0 || score > 1) return false;
    return continuous() || points.stream().anyMatch(p -> Math.abs(p.value() - score) < 1e-9);
  }

  public record Point(double value, String label) { }
}
