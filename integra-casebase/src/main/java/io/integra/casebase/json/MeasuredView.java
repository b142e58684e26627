package io.integra.casebase.json;

import io.integra.core.assess.CriterionResult;
import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/**
 * {@code {membership, raw, year, index, dataset, years, members, anchors, checksum, notes, source, limits}}:
 * a measured membership with its provenance and the recipe's thesis section and stated limits.
 */
public record MeasuredView(double membership, double raw, int year, String index, String dataset, String years,
                           List<String> members, Anchors anchors, String checksum, List<String> notes, String source,
                           String limits) {

  /** {@code {exclusion, crossover, inclusion}}: the calibration anchors of a recipe. */
  public record Anchors(double exclusion, double crossover, double inclusion) { }

  public static MeasuredView of(CriterionResult c) {
    MeasuredMembership mm = c.measured();
    var p = mm.provenance();
    var r = c.criterion().indicator();
    return new MeasuredView(mm.membership(), mm.raw(), mm.year(), p.index(), p.dataset(), p.years(), p.members(),
        new Anchors(p.exclusion(), p.crossover(), p.inclusion()), p.checksum(), p.notes(),
        r == null ? null : r.source(), r == null ? null : r.limits());
  }
}
