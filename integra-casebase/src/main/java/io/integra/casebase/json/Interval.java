package io.integra.casebase.json;

import io.integra.core.formula.Membership;

/** {@code {low, high}}: a membership interval (a point when both are equal). */
public record Interval(double low, double high) {
  public static Interval of(Membership m) { return new Interval(m.low(), m.high()); }
}
