package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.casebase.json.ChangeView;
import io.integra.casebase.json.CoreLabels;
import io.integra.casebase.json.Dates;
import io.integra.casebase.json.TimelineView;
import io.integra.core.assess.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/timeline} (openapi.json): a case year by year with memberships as
 * {@link MembershipValue}; the verdict changes are the CLI's ({@link TimelineView.VerdictChange}).
 */
public record ApiTimeline(@JsonProperty("case") String caseId, String lens, String coder, List<Point> points,
                          List<Crossing> crossings, List<TimelineView.VerdictChange> verdicts) {

  public record Point(String at, int members, String verdict, String coupling, Map<String, MembershipValue> outcomes) { }

  public record Crossing(String outcome, String from, String to, MembershipValue before, MembershipValue after, String direction,
                         List<ChangeView> causes) { }

  public static ApiTimeline of(Timeline t) {
    return new ApiTimeline(t.caseId(), t.lensId(), t.coder(),
        t.points().stream().map(p -> {
          Map<String, MembershipValue> outs = new LinkedHashMap<>();
          p.outcomes().forEach((k, v) -> outs.put(k, MembershipValue.of(v)));
          return new Point(p.at().toString(), p.members(), CoreLabels.pointVerdict(p), CoreLabels.pointCoupling(p), outs);
        }).toList(),
        t.crossings().stream().map(c -> new Crossing(c.outcome(), Dates.str(c.from()), Dates.str(c.to()), MembershipValue.of(c.before()),
            MembershipValue.of(c.after()), c.direction(), TimelineView.changes(c.causes()))).toList(),
        t.verdicts().stream().map(TimelineView.VerdictChange::of).toList());
  }
}
