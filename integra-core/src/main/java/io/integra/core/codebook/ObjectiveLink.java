package io.integra.core.codebook;

import java.util.List;

/**
 * The objectives the thesis links to a condition (model.md §3.1).
 *
 * @param criterion  criterion id
 * @param analysis   objectives found in the analysis (thesis §4.5)
 * @param discussion objectives the discussion (thesis §5) names, where it adds to the analysis
 * @param note       a remark, e.g. why a list is empty
 */
public record ObjectiveLink(String criterion, List<Integer> analysis, List<Integer> discussion, String note) {
  public ObjectiveLink {
    analysis = List.copyOf(analysis);
    discussion = List.copyOf(discussion);
  }
}
