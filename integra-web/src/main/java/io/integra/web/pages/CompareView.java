package io.integra.web.pages;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.List;

/** The compare page: the picker, and the comparison when at least two cases are picked. */
public record CompareView(List<IntegrationCase> cases, List<Lens> lenses, String lens, List<String> picked, LocalDate at,
                          Comparison comparison) {
  public boolean isPicked(String id) { return picked.contains(id); }

  public String name(String id) {
    if (comparison == null) return id;
    return comparison.assessments().stream().filter(a -> a.caseId().equals(id)).map(Assessment::caseName).findFirst().orElse(id);
  }
}
