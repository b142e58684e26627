package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.util.List;

/**
 * The cases at a date ({@code integra cases --format json}, {@code /api/cases}). The CLI says where
 * the date comes from ({@code at_source}) and the report's default date; the API gives neither.
 */
public record CaseListView(String at, @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("at_source") String atSource,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("report_default_at") String reportDefaultAt,
                           List<CaseSummaryView> cases) {
  public static CaseListView of(List<IntegrationCase> cases, LocalDate at, String atSource, LocalDate reportDefaultAt) {
    return new CaseListView(at.toString(), atSource, Dates.str(reportDefaultAt), cases.stream().map(c -> CaseSummaryView.of(c, at)).toList());
  }
}
