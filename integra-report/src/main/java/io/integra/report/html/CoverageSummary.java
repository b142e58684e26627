package io.integra.report.html;

import io.integra.core.assess.CoverageTable;

/**
 * One line of the coverage table view: a case's years under a lens, how many of them have any
 * evidence, the first and last such year, and the most criteria known in a year.
 */
public record CoverageSummary(String caseId, int years, int withEvidence, Integer firstEvidence, Integer lastEvidence, int mostKnown,
                              Integer mostKnownYear) {
  public static CoverageSummary of(CoverageTable.CaseRow r) {
    int with = 0, most = 0;
    Integer first = null, last = null, mostYear = null;
    for (CoverageTable.Cell c : r.years()) {
      if (c.known() == 0) continue;
      with++;
      if (first == null) first = c.year();
      last = c.year();
      if (c.known() > most) {
        most = c.known();
        mostYear = c.year();
      }
    }
    return new CoverageSummary(r.caseId(), r.years().size(), with, first, last, most, mostYear);
  }

  /** e.g. {@code 1994–2016}, or a dash when no year has evidence. */
  public String span() {
    if (firstEvidence == null) return "—";
    return firstEvidence.equals(lastEvidence) ? Integer.toString(firstEvidence) : firstEvidence + "–" + lastEvidence;
  }

  /** The label of a case's year range, e.g. {@code 1960–2026}. */
  public static String range(CoverageTable.CaseRow r) {
    if (r.years().isEmpty()) return "—";
    int a = r.years().get(0).year(), b = r.years().get(r.years().size() - 1).year();
    return a == b ? Integer.toString(a) : a + "–" + b;
  }
}
