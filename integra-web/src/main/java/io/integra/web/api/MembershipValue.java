package io.integra.web.api;

import io.integra.core.formula.Membership;

/**
 * The API's membership (openapi.json): {@code {"low", "high", "value"}} with {@code value} null when
 * the interval is not a point (a criterion or an outcome that depends on uncoded criteria).
 */
public record MembershipValue(double low, double high, Double value) {
  public static MembershipValue of(Membership m) { return m == null ? null : new MembershipValue(m.low(), m.high(), m.value()); }
}
