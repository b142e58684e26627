package io.integra.core.assess;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence coverage of cases over the years, per lens (built by {@link Coverage#of}); the
 * shape of {@code integra coverage --format json} and of the report's coverage heatmap.
 *
 * @param fromYear first year asked for (a case starts at its founding when that is later)
 * @param toYear   last year asked for
 * @param lenses   one per lens, in the order asked for
 */
public record CoverageTable(int fromYear, int toYear, List<LensCoverage> lenses) {
  public CoverageTable { lenses = List.copyOf(lenses); }

  public Optional<LensCoverage> lens(String id) { return lenses.stream().filter(l -> l.lens().equals(id)).findFirst(); }

  /**
   * One lens.
   *
   * @param criteria   the number of criteria of the lens
   * @param conditions the ids of its background conditions (roles essential-amalgamated or
   *                   additional; thesis §4.5.1–4.5.2), in codebook order; empty when it has none
   * @param cases      one row per case, in case-base order
   */
  public record LensCoverage(String lens, String lensName, int criteria, List<String> conditions, List<CaseRow> cases) {
    public LensCoverage {
      conditions = List.copyOf(conditions);
      cases = List.copyOf(cases);
    }

    public Optional<CaseRow> caseRow(String id) { return cases.stream().filter(c -> c.caseId().equals(id)).findFirst(); }
  }

  /**
   * One case under one lens.
   *
   * @param firstYear the first year sampled after its founding (null: no founding date or spell known)
   * @param years     one cell per sampled year, in year order
   */
  public record CaseRow(String caseId, String caseName, Integer firstYear, List<Cell> years) {
    public CaseRow { years = List.copyOf(years); }

    public Optional<Cell> year(int y) { return years.stream().filter(c -> c.year() == y).findFirst(); }

    /**
     * For each criterion measured in some year, the last such year (criterion order): where its
     * measured series ends for this case.
     */
    public Map<String, Integer> lastMeasuredYears() {
      Map<String, Integer> out = new LinkedHashMap<>();
      for (Cell c : years) {
        c.basis().forEach((criterion, b) -> {
          if (Coverage.measured(b)) out.merge(criterion, c.year(), Math::max);
        });
      }
      return out;
    }
  }

  /**
   * One case-year, read on 30 June of {@code year}.
   *
   * @param known           criteria known on any basis ({@code coded + measured + both})
   * @param coded           known from a coding only
   * @param measured        known from data only
   * @param both            coded and measured
   * @param conditionsKnown background conditions known on any basis; null when the lens has none
   * @param coder           the coder of the coding in force, or null when none holds
   * @param basis           criterion id to {@code coded}, {@code measured}, {@code both} or {@code unknown}, in codebook order
   */
  public record Cell(int year, int known, int coded, int measured, int both, Integer conditionsKnown, String coder,
                     Map<String, String> basis) {
    public Cell { basis = Collections.unmodifiableMap(new LinkedHashMap<>(basis)); }
  }
}
