package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.casebase.json.EvidenceItem;
import io.integra.casebase.json.EvidenceView;
import io.integra.core.cases.Citation;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.Source;
import java.util.function.Function;

/**
 * The API's evidence item: the shared {@link EvidenceView} and the short author-year-title
 * citation of its bibliography entry ({@link Citation#inline}; null when the key is not in the
 * bibliography), so scripts can move between {@code integra assess} and {@code /api/assess}.
 */
public record CitedEvidence(@JsonUnwrapped EvidenceView evidence, String citation) implements EvidenceItem {
  public static Function<Evidence, CitedEvidence> with(Function<String, Source> sources) {
    return e -> {
      Source s = sources.apply(e.source());
      return new CitedEvidence(EvidenceView.of(e), s == null ? null : Citation.inline(s));
    };
  }
}
