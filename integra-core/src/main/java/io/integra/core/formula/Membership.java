package io.integra.core.formula;

/**
 * A fuzzy membership that may be only partly known: the interval {@code [low, high]} of values
 * it can take. A coded score is a point ({@code low == high}); an uncoded criterion is
 * {@code [0, 1]}. Fuzzy AND, OR and NOT are monotone, so applying them to the bounds gives the
 * exact range of the result: {@code 0 * unknown} is known to be 0, {@code 1 + unknown} is 1,
 * and anything else that depends on an unknown stays unknown.
 */
public record Membership(double low, double high) {

  public static final Membership UNKNOWN = new Membership(0, 1);

  public Membership {
    if (!(low >= 0 && high <= 1 && low <= high)) {
      throw new IllegalArgumentException("membership interval must satisfy 0 <= low <= high <= 1, got [" + low + ", " + high + "]");
    }
  }

  public static Membership of(double value) { return new Membership(value, value); }

  /** A known score, or unknown when {@code value} is null. */
  public static Membership ofNullable(Double value) { return value == null ? UNKNOWN : of(value); }

  public boolean isKnown() { return low == high; }

  /** The value when known, else null. */
  public Double value() { return isKnown() ? low : null; }

  public Membership and(Membership o) { return new Membership(Math.min(low, o.low), Math.min(high, o.high)); }

  public Membership or(Membership o) { return new Membership(Math.max(low, o.low), Math.max(high, o.high)); }

  public Membership not() { return new Membership(1 - high, 1 - low); }

  @Override public String toString() { return isKnown() ? Double.toString(low) : "[" + low + ", " + high + "]"; }
}
