package io.integra.casebase.json;

import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/** A measured membership the robustness search uses: value, raw value, data and the recipe's anchors (null when none). */
public record RobustMeasuredView(double membership, double raw, int year, String index, String dataset, String years,
                                 List<String> members, MeasuredView.Anchors anchors) {
  public static RobustMeasuredView of(MeasuredMembership mm) {
    if (mm == null) return null;
    var p = mm.provenance();
    return new RobustMeasuredView(mm.membership(), mm.raw(), mm.year(), p.index(), p.dataset(), p.years(), p.members(),
        new MeasuredView.Anchors(p.exclusion(), p.crossover(), p.inclusion()));
  }
}
