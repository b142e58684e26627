package io.integra.core.assess;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the evidence is thin: for each case and year (sampled on 30 June, as timelines are,
 * {@link TimelineBuilder#sampleDate}), how many criteria of a lens are known and on what basis —
 * coded by a coder, measured from data, or both — computed with the {@link Assessor}, so that the
 * coding counted is exactly the one an assessment at that date reads.
 *
 * <p>Each year runs from the case's founding ({@link TimelineBuilder#firstYear}), but not before
 * {@link #FIRST_YEAR} unless asked for, to the current year; sample dates after {@code today} are
 * left out. Besides all criteria, the table counts the lens's <em>background conditions</em>: the
 * criteria whose roles are {@code essential-amalgamated} or {@code additional} — for the Deutsch
 * lens the twelve conditions of thesis §4.5.1–4.5.2 (model.md §2.1–2.2), read from the codebook's
 * roles, never from a list of ids.
 */
public final class Coverage {
  /** How a criterion is known at a date. */
  public static final String CODED = "coded", MEASURED = "measured", BOTH = "both", UNKNOWN = "unknown";

  /**
   * The default first year: the first year of the longest measured series the project uses (IMF
   * DOTS, 1960–2020); before it only codings can be known.
   */
  public static final int FIRST_YEAR = 1960;

  private Coverage() { }

  /**
   * The one seam through which coverage, the evidence calendar and the report learn how a
   * criterion is known: {@code coded}, {@code measured}, {@code both} or {@code unknown}.
   *
   * <p>Until measured memberships are part of {@link CriterionResult} (its {@code basis()}, being
   * added on another branch), a criterion is known only when coded; at that merge this method
   * returns {@code r.basis()} and everything built on it counts measured memberships too.
   */
  public static String basisOf(CriterionResult r) {
    return r.basis().id();
  }

  /** Whether a basis is a measured one ({@code measured} or {@code both}). */
  public static boolean measured(String basis) { return MEASURED.equals(basis) || BOTH.equals(basis); }

  /** Whether a criterion is one of the lens's background conditions (roles essential-amalgamated or additional). */
  public static boolean backgroundCondition(Criterion c) {
    return c.has(Role.ESSENTIAL_AMALGAMATED) || c.has(Role.ADDITIONAL);
  }

  /**
   * The coverage of {@code cases} under {@code lensIds} (empty: every lens of the codebook).
   *
   * @param fromYear first year (null: {@link #FIRST_YEAR}); a case is never shown before its founding
   * @param toYear   last year (null: the year of {@code today})
   * @param today    sample dates after it are left out
   * @throws IllegalArgumentException for an unknown lens id, or {@code toYear < fromYear}
   */
  public static CoverageTable of(Assessor assessor, List<IntegrationCase> cases, List<String> lensIds,
                                 Integer fromYear, Integer toYear, LocalDate today) {
    int from = fromYear == null ? FIRST_YEAR : fromYear;
    int to = toYear == null ? today.getYear() : toYear;
    if (to < from) throw new IllegalArgumentException("the last year " + to + " is before the first year " + from);
    List<String> ids = lensIds == null || lensIds.isEmpty() ? assessor.codebook().lensIds() : lensIds;
    List<CoverageTable.LensCoverage> lenses = new ArrayList<>();
    for (String id : ids) {
      Lens lens = assessor.compiled(id).lens;
      List<String> conditions = lens.criteria().stream().filter(Coverage::backgroundCondition).map(Criterion::id).toList();
      List<CoverageTable.CaseRow> rows = new ArrayList<>();
      for (IntegrationCase c : cases) {
        Integer first = TimelineBuilder.firstYear(c);
        int start = first == null ? from : Math.max(from, first);
        List<CoverageTable.Cell> cells = new ArrayList<>();
        for (int y = start; y <= to; y++) {
          LocalDate d = TimelineBuilder.sampleDate(y);
          if (d.isAfter(today)) break;
          cells.add(cell(y, assessor.assess(c, id, d, null), conditions));
        }
        rows.add(new CoverageTable.CaseRow(c.id(), c.name(), first, cells));
      }
      lenses.add(new CoverageTable.LensCoverage(lens.id(), lens.name(), lens.criteria().size(), conditions, rows));
    }
    return new CoverageTable(from, to, lenses);
  }

  /** One case-year: counts by basis, computed from the assessment's criteria through {@link #basisOf}. */
  static CoverageTable.Cell cell(int year, Assessment a, List<String> conditions) {
    int coded = 0, measured = 0, both = 0, cond = 0;
    Map<String, String> basis = new LinkedHashMap<>();
    for (CriterionResult r : a.criteria()) {
      String b = basisOf(r);
      basis.put(r.id(), b);
      switch (b) {
        case CODED -> coded++;
        case MEASURED -> measured++;
        case BOTH -> both++;
        default -> { }
      }
      if (!UNKNOWN.equals(b) && conditions.contains(r.id())) cond++;
    }
    return new CoverageTable.Cell(year, coded + measured + both, coded, measured, both,
        conditions.isEmpty() ? null : cond, a.coder(), basis);
  }
}
