package io.integra.casebase.json;

import io.integra.core.assess.IdealTypeFit;
import java.util.List;

/** The Weberian divergence: fit and mean gap (values and intervals), the gaps and what holds the case back. */
public record IdealTypeView(List<String> counted, Double fit, Interval fitInterval, Double meanGap, Interval meanGapInterval,
                            List<Gap> gaps, List<HoldingBack> holdingBack) {

  public record Gap(String id, Double membership, Double gap, Interval gapInterval) { }

  public record HoldingBack(String id, Double membership, Double gap, String rationale, List<EvidenceView> evidence) { }

  public static IdealTypeView of(IdealTypeFit f) {
    return new IdealTypeView(f.counted(), f.fit().value(), Interval.of(f.fit()), f.meanGap().value(), Interval.of(f.meanGap()),
        f.gaps().stream().map(c -> new Gap(c.id(), c.membership().value(), c.gap().value(), Interval.of(c.gap()))).toList(),
        f.holdingBack().stream().map(c -> new HoldingBack(c.id(), c.membership().value(), c.gap().value(), c.rationale(),
            EvidenceView.of(c.evidence()))).toList());
  }
}
