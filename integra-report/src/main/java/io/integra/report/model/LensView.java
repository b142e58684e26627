package io.integra.report.model;

import java.util.List;

/** A lens as the report shows it: its criteria and outcomes in codebook order. */
public record LensView(String id, String name, String kind, String source, String description,
                       List<CriterionView> criteria, List<OutcomeView> outcomes) {
  public LensView {
    criteria = List.copyOf(criteria);
    outcomes = List.copyOf(outcomes);
  }

  public record CriterionView(String id, String name, List<String> roles, String dimension, String source) {
    public CriterionView { roles = List.copyOf(roles); }
  }

  public record OutcomeView(String id, String name, String role, String formula, String source) { }
}
