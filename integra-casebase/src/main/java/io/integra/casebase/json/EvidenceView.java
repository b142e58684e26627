package io.integra.casebase.json;

import io.integra.core.cases.Evidence;
import java.util.List;

/** {@code {source, locator, quote, objectives}}: one piece of evidence for a coding. */
public record EvidenceView(String source, String locator, String quote, List<Integer> objectives) implements EvidenceItem {
  public static EvidenceView of(Evidence e) { return new EvidenceView(e.source(), e.locator(), e.quote(), e.objectives()); }

  public static List<EvidenceView> of(List<Evidence> es) { return es.stream().map(EvidenceView::of).toList(); }
}
