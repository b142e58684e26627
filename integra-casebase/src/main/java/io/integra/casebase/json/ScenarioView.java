package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.ScenarioComparison;
import java.util.List;

/** {@code integra scenario run --format json}: the scenario's changes and, per case, lens and date, the verdict before and after. */
public record ScenarioView(String scenario, String title, String source, List<String> changes, List<Row> rows) {

  public record Row(@JsonProperty("case") String caseId, String lens, String at, String before, String after, String outcome,
                    String outcomeBefore, String outcomeAfter, double shareBefore, double shareAfter, boolean changed,
                    List<String> unmeasured) {
    static Row of(ScenarioComparison.Row r) {
      return new Row(r.caseId(), r.lens(), r.at().toString(), CoreLabels.verdict(r.before()), CoreLabels.verdict(r.after()), r.outcome(),
          r.outcomeBefore(), r.outcomeAfter(), r.shareBefore(), r.shareAfter(), r.changed(), r.unmeasured());
    }
  }

  public static ScenarioView of(Scenario s, List<ScenarioComparison.Row> rows) {
    return new ScenarioView(s.id(), s.title(), s.source(), s.changes().stream().map(Scenario.Change::describe).toList(),
        rows.stream().map(Row::of).toList());
  }
}
