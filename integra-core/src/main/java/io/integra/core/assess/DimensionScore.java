package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.util.List;

/**
 * One dimension of integration at the date (thesis §4.4.2), scored by {@link DimensionScoring}.
 *
 * @param id       {@code political}, {@code economic} or {@code social}
 * @param score    in [0,1]: the value when known, else the certain lower bound of {@code interval}
 *                 (read {@link #known()} first: an unknown score is shown as unknown, never as this number)
 * @param stage    economic only: {@code none} or the id of the highest stage of the ladder reached
 *                 (e.g. {@code customs-union}); null for the other dimensions
 * @param flags    economic only: stages reached out of the neofunctionalist order
 * @param reasons  how the score came about, in words
 * @param interval the values the score can take given what is coded; a point when every part is known
 */
public record DimensionScore(String id, double score, String stage, List<String> flags, List<String> reasons,
                             Membership interval) {
  public DimensionScore {
    flags = List.copyOf(flags);
    reasons = List.copyOf(reasons);
    if (interval == null) interval = Membership.of(score);
  }

  /** A fully known score. */
  public DimensionScore(String id, double score, String stage, List<String> flags, List<String> reasons) {
    this(id, score, stage, flags, reasons, Membership.of(score));
  }

  /** Whether the score is known (it does not depend on uncoded criteria). */
  public boolean known() { return interval.isKnown(); }

  /** The score when known, else null (unknown, never a number). */
  public Double value() { return interval.value(); }
}
