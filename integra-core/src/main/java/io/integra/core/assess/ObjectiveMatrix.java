package io.integra.core.assess;

import io.integra.core.codebook.Objective;
import java.util.List;

/**
 * Buen Vivir coverage (thesis §3.2.1, §4.5, §5): which of the objectives the case's evidence
 * supports, criterion by criterion, beside the links the codebook records from the thesis.
 *
 * @param objectives the lens's objectives (empty for a lens without them)
 * @param rows       one row per criterion that has evidence objectives or codebook links
 * @param supported  objective numbers some evidence supports, sorted
 * @param unknown    objective numbers no evidence supports and no coding can speak to (see
 *                   {@link ObjectiveCoverage}): unknown, not "not supported"; sorted
 */
public record ObjectiveMatrix(List<Objective> objectives, List<Row> rows, List<Integer> supported, List<Integer> unknown) {
  public ObjectiveMatrix {
    objectives = List.copyOf(objectives);
    rows = List.copyOf(rows);
    supported = List.copyOf(supported);
    unknown = unknown == null ? List.of() : List.copyOf(unknown);
  }

  /** A matrix where every objective not supported counts as not supported (no unknown ones). */
  public ObjectiveMatrix(List<Objective> objectives, List<Row> rows, List<Integer> supported) {
    this(objectives, rows, supported, List.of());
  }

  /** Objective numbers not supported although coded criteria could have supported them, sorted. */
  public List<Integer> unsupported() {
    return objectives.stream().map(Objective::number).filter(n -> !supported.contains(n) && !unknown.contains(n)).sorted().toList();
  }

  /**
   * @param criterion  criterion id
   * @param evidenced  objectives named by the evidence of its coding at the date, sorted
   * @param analysis   objectives the codebook links to it from the thesis's analysis (§4.5)
   * @param discussion objectives the codebook links to it from the discussion (§5)
   */
  public record Row(String criterion, List<Integer> evidenced, List<Integer> analysis, List<Integer> discussion) {
    public Row {
      evidenced = List.copyOf(evidenced);
      analysis = List.copyOf(analysis);
      discussion = List.copyOf(discussion);
    }
  }
}
