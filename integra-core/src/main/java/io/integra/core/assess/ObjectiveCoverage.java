package io.integra.core.assess;

import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Objective;
import io.integra.core.codebook.ObjectiveLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Buen Vivir coverage (thesis §3.2.1, §4.5, §5): for each criterion, the objectives its evidence
 * names (the {@code objectives} of each evidence item of the coding in force), beside the
 * objectives the codebook links to it from the thesis, so that a reader sees where the case's own
 * evidence agrees with the thesis's reading and where it goes further or falls short.
 *
 * <p><b>Unknown, not unsupported.</b> An objective no evidence names is <em>not supported</em>
 * only when a coding could have named it: when some criterion the codebook links to it (from the
 * analysis or the discussion) is coded — or, for an objective with no link, when any criterion
 * of the lens is coded. Otherwise nothing was read that could speak to it, and it is
 * <em>unknown</em> (missing evidence is not evidence of absence).
 *
 * <p>The objectives are the lens's own: only a lens that defines objectives lets evidence name
 * them (the case reader checks it), so for other lenses the matrix is empty.
 */
public final class ObjectiveCoverage {
  private ObjectiveCoverage() { }

  public static ObjectiveMatrix of(Lens lens, List<CriterionResult> criteria) {
    List<Objective> objectives = lens.objectives();
    TreeSet<Integer> supported = new TreeSet<>();
    List<ObjectiveMatrix.Row> rows = new ArrayList<>();
    for (CriterionResult c : criteria) {
      TreeSet<Integer> ev = new TreeSet<>();
      for (Evidence e : c.evidence()) ev.addAll(e.objectives());
      Optional<ObjectiveLink> link = lens.objectiveLinks().stream().filter(l -> l.criterion().equals(c.id())).findFirst();
      if (ev.isEmpty() && link.isEmpty()) continue;
      supported.addAll(ev);
      rows.add(new ObjectiveMatrix.Row(c.id(), List.copyOf(ev),
          link.map(l -> sorted(l.analysis())).orElse(List.of()), link.map(l -> sorted(l.discussion())).orElse(List.of())));
    }
    boolean anyCoded = criteria.stream().anyMatch(c -> c.membership().isKnown());
    List<Integer> unknown = new ArrayList<>();
    for (Objective o : objectives) {
      if (supported.contains(o.number())) continue;
      List<String> linked = lens.objectiveLinks().stream()
          .filter(l -> l.analysis().contains(o.number()) || l.discussion().contains(o.number())).map(ObjectiveLink::criterion).toList();
      boolean readable = linked.isEmpty() ? anyCoded
          : criteria.stream().anyMatch(c -> linked.contains(c.id()) && c.membership().isKnown());
      if (!readable) unknown.add(o.number());
    }
    return new ObjectiveMatrix(objectives, rows, List.copyOf(supported), unknown);
  }

  private static List<Integer> sorted(List<Integer> l) { return List.copyOf(new TreeSet<>(l)); }
}
