package io.integra.casebase.json;

import io.integra.core.assess.ObjectiveMatrix;
import java.util.List;

/** Buen Vivir objectives coverage: the objectives, criterion by criterion, and which are supported. */
public record ObjectivesView(List<ObjectiveView> objectives, List<Row> matrix, List<Integer> supported, List<Integer> unsupported,
                             List<Integer> unknown) {

  public record Row(String criterion, List<Integer> evidenced, List<Integer> analysis, List<Integer> discussion) { }

  public static ObjectivesView of(ObjectiveMatrix om) {
    return new ObjectivesView(om.objectives().stream().map(ObjectiveView::of).toList(),
        om.rows().stream().map(r -> new Row(r.criterion(), r.evidenced(), r.analysis(), r.discussion())).toList(),
        om.supported(), om.unsupported(), om.unknown());
  }
}
