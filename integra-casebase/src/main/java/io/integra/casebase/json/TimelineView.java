package io.integra.casebase.json;

import io.integra.core.assess.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A case year by year (the JSON of {@code integra timeline --format json}): points, crossings of 0.5, verdict changes with their causes. */
public record TimelineView(@com.fasterxml.jackson.annotation.JsonProperty("case") String caseId, String lens, String coder,
                           List<Point> points, List<Crossing> crossings, List<VerdictChange> verdictChanges, List<ChangeView> events) {

  public record Point(String at, int members, Map<String, Double> outcomes, String verdict, String coupling,
                      Map<String, String> basis, Map<String, Double> measured) { }

  public record Crossing(String outcome, String from, String to, Double before, Interval beforeInterval, Double after,
                         Interval afterInterval, String direction, List<ChangeView> causes) { }

  public record VerdictChange(String from, String to, String before, String after, List<ChangeView> causes) {
    public static VerdictChange of(Timeline.VerdictChange v) {
      return new VerdictChange(Dates.str(v.from()), Dates.str(v.to()), CoreLabels.verdict(v.before()), CoreLabels.verdict(v.after()),
          changes(v.causes()));
    }
  }

  public static List<ChangeView> changes(List<Timeline.Change> cs) { return cs.stream().map(ChangeView::of).toList(); }

  public static TimelineView of(Timeline t) {
    return new TimelineView(t.caseId(), t.lensId(), t.coder(),
        t.points().stream().map(p -> {
          Map<String, Double> values = new LinkedHashMap<>();
          p.outcomes().forEach((k, v) -> values.put(k, v.value()));
          return new Point(p.at().toString(), p.members(), values, CoreLabels.pointVerdict(p), CoreLabels.pointCoupling(p),
              p.basis(), p.measured());
        }).toList(),
        t.crossings().stream().map(x -> new Crossing(x.outcome(), Dates.str(x.from()), Dates.str(x.to()), x.before().value(),
            Interval.of(x.before()), x.after().value(), Interval.of(x.after()), x.direction(), changes(x.causes()))).toList(),
        t.verdicts().stream().map(VerdictChange::of).toList(),
        changes(t.events()));
  }
}
