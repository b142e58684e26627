package io.integra.report.model;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lenses as the report shows them and the Buen Vivir objectives × criteria matrix (part of
 * {@link ReportModelBuilder}).
 */
record LensViews(Assessor assessor, LocalDate at) {
  static LensView lensView(Lens l) {
    return new LensView(l.id(), l.name(), l.kind().id(), l.source(), l.description(),
        l.criteria().stream().map(c -> new LensView.CriterionView(c.id(), c.name(),
            c.roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList(), c.dimension(), c.source())).toList(),
        l.outcomes().stream().map(o -> new LensView.OutcomeView(o.id(), o.name(), o.role(), o.formula().text(), o.source())).toList());
  }
  /** Buen Vivir objectives × criteria, from each case's assessed objective coverage and the codebook's links (model.md §3.1). */
  ObjectiveMatrix objectiveMatrix(Codebook cb, List<Lens> lenses, List<IntegrationCase> cases,
                                          Map<String, Map<String, Assessment>> assessed) {
    Lens l = lenses.stream().filter(x -> !x.objectives().isEmpty()).findFirst()
        .orElse(cb.lenses().stream().filter(x -> !x.objectives().isEmpty()).findFirst().orElse(null));
    if (l == null) return ObjectiveMatrix.empty();
    List<io.integra.core.assess.ObjectiveMatrix> perCase = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (IntegrationCase c : cases) {
      Map<String, Assessment> m = assessed.get(c.id());
      Assessment a = m.containsKey(l.id()) ? m.get(l.id()) : assessor.assess(c, l.id(), at, null);
      perCase.add(a.objectives());
      ids.add(c.id());
    }
    Map<String, Map<Integer, Set<String>>> evidenced = new LinkedHashMap<>();
    Map<String, io.integra.core.assess.ObjectiveMatrix.Row> links = new LinkedHashMap<>();
    for (int i = 0; i < perCase.size(); i++) {
      for (io.integra.core.assess.ObjectiveMatrix.Row r : perCase.get(i).rows()) {
        links.putIfAbsent(r.criterion(), r);
        for (int o : r.evidenced()) evidenced.computeIfAbsent(r.criterion(), k -> new LinkedHashMap<>()).computeIfAbsent(o, k -> new TreeSet<>()).add(ids.get(i));
      }
    }
    // criteria with a codebook link appear even when no case is reported
    for (io.integra.core.codebook.ObjectiveLink k : l.objectiveLinks()) {
      links.putIfAbsent(k.criterion(), new io.integra.core.assess.ObjectiveMatrix.Row(k.criterion(), List.of(), k.analysis(), k.discussion()));
    }
    List<String> criteria = l.criteria().stream().map(Criterion::id).filter(links::containsKey).toList();
    List<ObjectiveMatrix.Cell> cells = new ArrayList<>();
    for (String cr : criteria) {
      io.integra.core.assess.ObjectiveMatrix.Row row = links.get(cr);
      for (var obj : l.objectives()) {
        boolean an = row.analysis().contains(obj.number());
        boolean di = row.discussion().contains(obj.number());
        Set<String> cs = evidenced.getOrDefault(cr, Map.of()).getOrDefault(obj.number(), Set.of());
        if (an || di || !cs.isEmpty()) cells.add(new ObjectiveMatrix.Cell(obj.number(), cr, an, di, cs.size(), List.copyOf(cs)));
      }
    }
    return new ObjectiveMatrix(l.id(), l.objectives().stream().map(o -> new ObjectiveMatrix.ObjectiveView(o.number(), o.title())).toList(),
        criteria, cells);
  }
}
