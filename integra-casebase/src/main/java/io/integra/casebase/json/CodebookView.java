package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Dimension;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.ObjectiveLink;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Scale;
import java.util.List;

/** The codebook (the JSON of {@code integra codebook --format json} and {@code /api/codebook}): lenses, dimensions, scales. */
public record CodebookView(String id, String version, String title, String citation, List<LensView> lenses,
                           List<DimensionView> dimensions, List<ScaleView> scales) {

  public record LensView(String id, String name, String kind, String source, String description, List<CriterionDef> criteria,
                         List<OutcomeDef> outcomes, List<ObjectiveView> objectives, List<Link> links,
                         List<Reinterpretation> reinterpretations) {
    public static LensView of(Lens l) {
      return new LensView(l.id(), l.name(), CoreLabels.lensKind(l), l.source(), l.description(),
          l.criteria().stream().map(CriterionDef::of).toList(), l.outcomes().stream().map(OutcomeDef::of).toList(),
          l.objectives().stream().map(ObjectiveView::of).toList(), l.objectiveLinks().stream().map(Link::of).toList(),
          l.reinterpretations().stream().map(r -> new Reinterpretation(r.criterion(), r.definition(), r.source())).toList());
    }
  }

  /** A criterion as the codebook defines it; {@code indicator} (its measured recipe) only when it has one. */
  public record CriterionDef(String id, String name, List<String> roles, String dimension, String source, String definition,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Recipe indicator) {
    public static CriterionDef of(Criterion c) {
      Criterion.Indicator i = c.indicator();
      return new CriterionDef(c.id(), c.name(), CriterionView.roles(c.roles()), c.dimension(), c.source(), c.definition(),
          i == null ? null : new Recipe(i.index(), i.flow(), i.exclusion(), i.crossover(), i.inclusion(), i.note(), i.formula(),
              i.source(), i.literature(), i.limits()));
    }
  }

  public record Recipe(String index, String flow, double exclusion, double crossover, double inclusion, String note,
                       String formula, String source, String literature, String limits) { }

  public record OutcomeDef(String id, String name, String role, String formula, String source) {
    public static OutcomeDef of(Outcome o) { return new OutcomeDef(o.id(), o.name(), o.role(), o.formula().text(), o.source()); }
  }

  public record Link(String criterion, List<Integer> analysis, List<Integer> discussion, String note) {
    public static Link of(ObjectiveLink l) { return new Link(l.criterion(), l.analysis(), l.discussion(), l.note()); }
  }

  public record Reinterpretation(String criterion, String definition, String source) { }

  public record DimensionView(String id, String name, String source, String definition, List<Stage> stages) {
    public static DimensionView of(Dimension d) {
      return new DimensionView(d.id(), d.name(), d.source(), d.definition(),
          d.stages().stream().map(s -> new Stage(s.id(), s.name(), s.order(), s.definition())).toList());
    }
  }

  public record Stage(String id, String name, int order, String definition) { }

  public record ScaleView(String id, String name, List<Point> points) {
    public static ScaleView of(Scale s) {
      return new ScaleView(s.id(), s.name(), s.points().stream().map(p -> new Point(p.value(), p.label())).toList());
    }
  }

  public record Point(double value, String label) { }

  public static CodebookView of(Codebook cb) {
    return new CodebookView(cb.id(), cb.version(), cb.title(), cb.citation(), cb.lenses().stream().map(LensView::of).toList(),
        dimensions(cb), cb.scales().stream().map(ScaleView::of).toList());
  }

  public static List<DimensionView> dimensions(Codebook cb) { return cb.dimensions().stream().map(DimensionView::of).toList(); }
}
