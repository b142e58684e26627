package io.integra.core.cases;

import java.util.List;

/** A coder's membership score for one criterion, with the reasoning and evidence behind it. */
public record CriterionCoding(String criterion, double score, String rationale, List<Evidence> evidence) {
  public CriterionCoding { evidence = evidence == null ? List.of() : List.copyOf(evidence); }
}
