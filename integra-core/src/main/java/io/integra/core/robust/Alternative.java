package io.integra.core.robust;

/**
 * One admissible value of a criterion in the perturbation space.
 *
 * @param low    lower bound of the membership
 * @param high   upper bound ({@code low == high} for a point, {@code [0,1]} for unknown)
 * @param source where it comes from: {@code coded} (the coding in force), {@code scale} (a
 *               neighbouring point of the scale), {@code coder:NAME} (another coder's score),
 *               {@code anchor} (a calibration with other anchors), {@code uncoded} (the unknown
 *               interval) or {@code scale-point} (a point given to an uncoded criterion)
 * @param steps  scale steps from the coded value (0 for the coded value itself)
 */
public record Alternative(double low, double high, String source, int steps) {
  public boolean known() { return low == high; }

  public boolean sameValue(Alternative o) { return Math.abs(low - o.low) < 1e-9 && Math.abs(high - o.high) < 1e-9; }
}
