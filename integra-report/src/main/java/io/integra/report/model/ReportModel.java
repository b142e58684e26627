package io.integra.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.assess.CoverageTable;
import java.util.List;

/**
 * Everything the report shows, computed once and then rendered by every writer (HTML, CSV, JSON,
 * Markdown, LaTeX). Immutable and free of I/O; the same record is serialised as {@code report.json}
 * and embedded in the HTML for the charts, so the figures and the tables cannot disagree.
 *
 * <p>{@code coverage} is the evidence coverage, case × year per lens, as {@code integra coverage
 * --format json} gives it (io.integra.core.assess.Coverage); null when not computed.
 *
 * <p>{@code indicators} holds the data-based series of criteria with an indicator recipe, when
 * flow data were given; empty (and absent from the JSON) otherwise. {@code memberMaps} holds each
 * case's members, suspended members and withdrawn states year by year up to the date, for the map
 * of members (issue 13 point 11).
 */
public record ReportModel(Meta meta, List<LensView> lenses, List<CaseView> cases, ObjectiveMatrix objectives,
                         List<SourceView> bibliography,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IndicatorSeries> indicators,
                         @JsonInclude(JsonInclude.Include.NON_NULL) CoverageTable coverage,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<io.integra.core.assess.MemberMap> memberMaps) {
  public ReportModel {
    lenses = List.copyOf(lenses);
    cases = List.copyOf(cases);
    bibliography = List.copyOf(bibliography);
    indicators = List.copyOf(indicators);
    memberMaps = memberMaps == null ? List.of() : List.copyOf(memberMaps);
  }

  /** Without maps of members (as before they existed). */
  public ReportModel(Meta meta, List<LensView> lenses, List<CaseView> cases, ObjectiveMatrix objectives, List<SourceView> bibliography,
                     List<IndicatorSeries> indicators, CoverageTable coverage) {
    this(meta, lenses, cases, objectives, bibliography, indicators, coverage, List.of());
  }

  /** The map of members of one case (its members year by year), or null when it has none. */
  public io.integra.core.assess.MemberMap memberMap(String caseId) {
    return memberMaps.stream().filter(m -> m.caseId().equals(caseId) && !m.years().isEmpty()).findFirst().orElse(null);
  }

  /** Without the coverage table (the shape before it was added). */
  public ReportModel(Meta meta, List<LensView> lenses, List<CaseView> cases, ObjectiveMatrix objectives, List<SourceView> bibliography,
                     List<IndicatorSeries> indicators) {
    this(meta, lenses, cases, objectives, bibliography, indicators, null, List.of());
  }

  /** Without indicator series (no flow data given): serialised exactly as before they existed. */
  public ReportModel(Meta meta, List<LensView> lenses, List<CaseView> cases, ObjectiveMatrix objectives, List<SourceView> bibliography) {
    this(meta, lenses, cases, objectives, bibliography, List.of());
  }

  /** The indicator series of one case, in codebook order. */
  public List<IndicatorSeries> indicators(String caseId) {
    return indicators.stream().filter(s -> s.caseId().equals(caseId)).toList();
  }

  /**
   * What the report is about.
   *
   * @param at              the date of assessment
   * @param codebookVersion the version of the codebook used, so a study can cite exactly what it ran
   * @param citation        the work the codebook encodes (the thesis)
   * @param lensFilter      the lens ids asked for (empty: all)
   * @param caseFilter      the case ids asked for (empty: all)
   * @param notes           remarks for the reader, e.g. cases with no coding in force at the date
   */
  public record Meta(String title, String at, String codebookId, String codebookVersion, String codebookTitle,
                     String citation, String generator, List<String> lensFilter, List<String> caseFilter,
                     List<ScalePoint> scale, List<String> notes) {
    public Meta {
      notes = List.copyOf(notes);
      lensFilter = List.copyOf(lensFilter);
      caseFilter = List.copyOf(caseFilter);
      scale = List.copyOf(scale);
    }
  }

  /** A labelled point of a coding scale, used for the legend. */
  public record ScalePoint(double value, String label) { }
}
