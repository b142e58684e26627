package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.casebase.json.CaseAtView;
import io.integra.casebase.json.CodingView;
import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/cases/{id}}: the case at the date as {@code integra case} gives it, with its codings and the dates its membership changed. */
public record CaseDetail(@JsonUnwrapped CaseAtView caseAt, List<CodingView> codings, List<String> membershipEvents) {
  public static CaseDetail of(IntegrationCase c, LocalDate at) {
    return new CaseDetail(CaseAtView.of(c, at), c.codings().stream().map(CodingView::of).toList(),
        c.membershipEventDates().stream().map(LocalDate::toString).toList());
  }
}
