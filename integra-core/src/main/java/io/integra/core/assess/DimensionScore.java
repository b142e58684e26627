package io.integra.core.assess;

import java.util.List;

/**
 * One dimension of integration at the date (thesis §4.4.2), scored by {@link DimensionScoring}.
 *
 * @param id      {@code political}, {@code economic} or {@code social}
 * @param score   in [0,1]
 * @param stage   economic only: {@code none} or the id of the highest stage of the ladder reached
 *                (e.g. {@code customs-union}); null for the other dimensions
 * @param flags   economic only: stages reached out of the neofunctionalist order
 * @param reasons how the score came about, in words
 */
public record DimensionScore(String id, double score, String stage, List<String> flags, List<String> reasons) {
  public DimensionScore {
    flags = List.copyOf(flags);
    reasons = List.copyOf(reasons);
  }
}
