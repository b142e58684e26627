package io.integra.casebase.json;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import java.util.List;

/** A coding as the case file holds it: lens, coder, period, scale, note and the criteria's scores with rationale and evidence. */
public record CodingView(String lens, String coder, String from, String to, String scale, String note, List<Criterion> criteria) {

  public record Criterion(String criterion, double score, String rationale, List<EvidenceView> evidence) {
    public static Criterion of(CriterionCoding cc) {
      return new Criterion(cc.criterion(), cc.score(), cc.rationale(), EvidenceView.of(cc.evidence()));
    }
  }

  public static CodingView of(Coding c) {
    return new CodingView(c.lens(), c.coder(), Dates.str(c.from()), Dates.str(c.to()), c.scale(), c.note(),
        c.criteria().stream().map(Criterion::of).toList());
  }
}
