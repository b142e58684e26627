package io.integra.report.html;

import io.integra.report.model.CaseView;
import io.integra.report.model.LensView;
import io.integra.report.model.ReportModel;
import io.integra.report.model.SourceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML template receives: the model, plus the assets inlined into the page (the ECharts
 * library, the report's own script and style) and the model as script-safe JSON.
 */
public record HtmlPage(ReportModel model, String dataJson, String echartsJs, String echartsVersion, String appJs, String css) {

  public LensView lens(String id) { return model.lenses().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null); }

  public String criterionName(String lens, String criterion) {
    LensView l = lens(lens);
    if (l == null) return criterion;
    return l.criteria().stream().filter(c -> c.id().equals(criterion)).map(LensView.CriterionView::name).findFirst().orElse(criterion);
  }

  /** Any lens's name for a criterion id (the objective matrix spans lenses). */
  public String anyCriterionName(String criterion) {
    for (LensView l : model.lenses()) {
      for (LensView.CriterionView c : l.criteria()) if (c.id().equals(criterion)) return c.name();
    }
    return criterion;
  }

  public String outcomeName(String lens, String outcome) {
    LensView l = lens(lens);
    if (l == null) return outcome;
    return l.outcomes().stream().filter(o -> o.id().equals(outcome)).map(LensView.OutcomeView::name).findFirst().orElse(outcome);
  }

  /**
   * Lenses grouped by identical criteria, one radar per group: lenses that read the same conditions
   * (Deutsch and its Buen Vivir rereading, thesis §3.2) share axes and can be compared on one chart.
   */
  public List<List<LensView>> radarGroups() {
    Map<List<String>, List<LensView>> groups = new LinkedHashMap<>();
    for (LensView l : model.lenses()) {
      if (l.criteria().isEmpty()) continue;
      List<String> key = l.criteria().stream().map(LensView.CriterionView::id).toList();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
    }
    return List.copyOf(groups.values());
  }

  public static String ids(List<LensView> lenses) { return String.join(" ", lenses.stream().map(LensView::id).toList()); }

  public static String names(List<LensView> lenses) { return String.join(" and ", lenses.stream().map(LensView::name).toList()); }

  public SourceView source(String key) { return model.bibliography().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null); }

  /** Evidence entries of a case grouped by lens, in lens order. */
  public List<CaseView.EvidenceEntry> evidence(CaseView c, String lens) {
    return c.evidence().stream().filter(e -> e.lens().equals(lens)).toList();
  }

  public String objectiveTitle(int n) {
    return model.objectives().objectives().stream().filter(o -> o.number() == n).map(o -> o.title()).findFirst().orElse("");
  }

  /** Whether any case has a map of members (then the world map is inlined once). */
  public boolean hasMaps() { return model.memberMaps().stream().anyMatch(m -> !m.years().isEmpty()); }

  /**
   * The bundled world map as {@code {"outlines": GeoJSON, "small": [...]}}, safe inside a script
   * element ({@code <} and {@code >} escaped as in {@link ScriptSafeJson}; the JSON value is unchanged).
   */
  public String worldJson() {
    String json = "{\"outlines\":" + io.integra.casebase.geo.WorldMap.outlinesGeoJson()
        + ",\"small\":" + io.integra.casebase.geo.WorldMap.smallStatesJson() + "}";
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  public static String join(List<?> items) { return String.join(", ", items.stream().map(String::valueOf).toList()); }
}
