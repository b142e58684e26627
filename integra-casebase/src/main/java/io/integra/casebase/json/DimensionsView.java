package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.Dimensions;
import java.util.List;

/** The political, economic and social dimensions of an assessment. */
public record DimensionsView(Dimension political, Dimension economic, Dimension social) {

  /**
   * One dimension: score (null when undetermined), interval, whether determined, and, for a
   * dimension with stages only, the stage reached and the stages out of order.
   */
  public record Dimension(Double score, Interval interval, boolean determined,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String stage,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> outOfOrder, List<String> reasons) {
    public static Dimension of(DimensionScore d) {
      return new Dimension(d.value(), Interval.of(d.interval()), d.known(), d.stage(), d.stage() == null ? null : d.flags(), d.reasons());
    }
  }

  public static DimensionsView of(Dimensions d) {
    return new DimensionsView(Dimension.of(d.political()), Dimension.of(d.economic()), Dimension.of(d.social()));
  }
}
