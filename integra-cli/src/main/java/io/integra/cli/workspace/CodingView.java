package io.integra.cli.workspace;

import io.integra.casebase.json.JsonViews;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.storage.workspace.StoredCoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stable JSON shapes of codings for the workspace commands. */
final class CodingView {
  private CodingView() { }

  static Map<String, Object> of(StoredCoding sc) {
    Map<String, Object> m = of(sc.coding());
    m.put("case", sc.key().caseId());
    m.put("version", sc.version());
    m.put("changed_at", sc.changedAt().toString());
    m.put("changed_by", sc.changedBy());
    return m;
  }

  static Map<String, Object> of(Coding k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lens", k.lens());
    m.put("coder", k.coder());
    m.put("from", k.from().toString());
    m.put("to", k.to() == null ? null : k.to().toString());
    m.put("scale", k.scale());
    m.put("note", k.note());
    List<Map<String, Object>> cs = k.criteria().stream().map(CodingView::criterion).toList();
    m.put("criteria", cs);
    return m;
  }

  static Map<String, Object> criterion(CriterionCoding c) {
    return JsonViews.ordered("criterion", c.criterion(), "score", c.score(), "rationale", c.rationale(), "evidence", c.evidence().size());
  }
}
