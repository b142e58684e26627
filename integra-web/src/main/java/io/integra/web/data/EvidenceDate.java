package io.integra.web.data;

import io.integra.core.assess.EvidenceCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * The workbench's default date of assessment when a request gives no {@code at}: the latest day at
 * which any case has evidence ({@link EvidenceCalendar#latestEvidenceDate}), as for the report, so
 * that the workbench opens where the case base knows something rather than at today. Memoised per
 * snapshot and day.
 */
public final class EvidenceDate {
  private EvidenceDate() { }

  public static LocalDate of(Snapshot s) {
    LocalDate today = s.today();
    // the workbench's own assessor: codings and the bundled measured memberships, as on its pages
    return s.memo(List.of("latest-evidence-date", today),
        k -> EvidenceCalendar.latestEvidenceDate(new Analysis(s).assessor(), s.base().cases(), List.of(), today));
  }
}
