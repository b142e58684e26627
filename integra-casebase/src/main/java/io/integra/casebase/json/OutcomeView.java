package io.integra.casebase.json;

import io.integra.core.assess.OutcomeResult;

/** One outcome of an assessment: its formula, value (null when unknown), interval, distance from 0.5 and side. */
public record OutcomeView(String id, String name, String role, String formula, Double value, double low, double high,
                          Double distance, String side, boolean inTransitionBand) {
  public static OutcomeView of(OutcomeResult o) {
    return new OutcomeView(o.id(), o.outcome().name(), o.role(), o.outcome().formula().text(), o.membership().value(),
        o.membership().low(), o.membership().high(), o.distance(), o.side(), o.inTransitionBand());
  }
}
