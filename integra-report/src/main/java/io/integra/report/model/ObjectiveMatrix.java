package io.integra.report.model;

import java.util.List;

/**
 * The Buen Vivir objectives × criteria matrix (thesis §4.5, §5; model.md §3.1): which objectives
 * the thesis links to each condition, and which reported cases' evidence supports each pair
 * (aggregated from each case's io.integra.core.assess.ObjectiveMatrix).
 *
 * @param lens       the lens that carries the objectives, or null when no lens has any
 * @param objectives the objectives, in number order
 * @param criteria   the criteria that have a link or evidence, in codebook order
 * @param cells      one per (objective, criterion) pair that is linked or evidenced
 */
public record ObjectiveMatrix(String lens, List<ObjectiveView> objectives, List<String> criteria, List<Cell> cells) {
  public ObjectiveMatrix {
    objectives = List.copyOf(objectives);
    criteria = List.copyOf(criteria);
    cells = List.copyOf(cells);
  }

  public static ObjectiveMatrix empty() { return new ObjectiveMatrix(null, List.of(), List.of(), List.of()); }

  public Cell cell(int objective, String criterion) {
    return cells.stream().filter(c -> c.objective() == objective && c.criterion().equals(criterion)).findFirst().orElse(null);
  }

  public record ObjectiveView(int number, String title) { }

  /**
   * @param analysis   linked in the thesis's analysis (§4.5)
   * @param discussion linked in its discussion (§5)
   * @param evidence   how many reported cases have evidence naming the objective for the criterion
   * @param cases      their ids
   */
  public record Cell(int objective, String criterion, boolean analysis, boolean discussion, int evidence,
                     List<String> cases) {
    public Cell { cases = List.copyOf(cases); }
  }
}
