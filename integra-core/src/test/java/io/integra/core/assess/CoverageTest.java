package io.integra.core.assess;

import io.integra.core.codebook.LensKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.formula.FormulaParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Coverage counts, the evidence calendar and the evidence status on a small hand-made case base. */
class CoverageTest {
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  static Codebook codebook() {
    List<Criterion> cs = List.of(
        new Criterion("a", "a", "", Set.of(Role.ESSENTIAL_AMALGAMATED), null, "", null),
        new Criterion("b", "b", "", Set.of(Role.ADDITIONAL, Role.ESSENTIAL_PLURALISTIC), null, "", null),
        new Criterion("c", "c", "", Set.of(Role.CAPABILITY, Role.ESSENTIAL_PLURALISTIC), null, "", null),
        new Criterion("d", "d", "", Set.of(Role.DISINTEGRATIVE), null, "", null));
    Lens lens = new Lens("l1", "Lens one", "", "", LensKind.SECURITY_COMMUNITY, cs,
        List.of(new Outcome("o", "o", VerdictRule.ROLE_PLURALISTIC, FormulaParser.parse("a * b * c"), "")),
        List.of(), List.of(), List.of());
    return new Codebook("cb", "1", "t", "c", List.of(lens), List.of(), List.of());
  }

  static CriterionCoding cc(String id, double v) { return new CriterionCoding(id, v, "r", List.of()); }

  static Member member(String iso3, LocalDate from, LocalDate to) {
    return new Member(iso3, iso3, List.of(new Spell(from, to, SpellStatus.MEMBER, null, null)), null, null);
  }

  /** Founded 1991-03-26; coded 1995-2004 (a, b) and 2004-2012 (a, c, d); no coding after 2012. */
  static IntegrationCase league() {
    LocalDate founded = LocalDate.of(1991, 3, 26);
    return new IntegrationCase("league", "The League", null, null, List.of(),
        new FoundingInstrument("Treaty", founded, null, null, List.of()),
        List.of(member("AAA", founded, null), member("BBB", founded, LocalDate.of(2020, 2, 1)), member("CCC", founded, null)),
        List.of(), List.of(), List.of(), List.of(
            new Coding("l1", "thesis", LocalDate.of(1995, 1, 1), LocalDate.of(2004, 1, 1), "s", null, List.of(cc("a", 1), cc("b", 0.67))),
            new Coding("l1", "thesis", LocalDate.of(2004, 1, 1), LocalDate.of(2013, 1, 1), "s", null,
                List.of(cc("a", 1), cc("c", 0.33), cc("d", 0)))));
  }

  @Test void countsEachYearFromTheFoundingByBasis() {
    Assessor assessor = new Assessor(codebook());
    CoverageTable t = Coverage.of(assessor, List.of(league()), List.of(), null, null, TODAY);
    CoverageTable.LensCoverage l = t.lens("l1").orElseThrow();
    assertThat(l.conditions()).containsExactly("a", "b");
    CoverageTable.CaseRow row = l.caseRow("league").orElseThrow();
    // founded 26 March 1991: first sample 30 June 1991; 30 June 2026 lies after today, so 2025 is last
    assertThat(row.years()).extracting(CoverageTable.Cell::year).startsWith(1991, 1992).endsWith(2025).hasSize(35);
    assertThat(row.year(1994).orElseThrow().known()).isZero();
    CoverageTable.Cell y2000 = row.year(2000).orElseThrow();
    assertThat(y2000.known()).isEqualTo(2);
    assertThat(y2000.coded()).isEqualTo(2);
    assertThat(y2000.conditionsKnown()).isEqualTo(2);
    assertThat(y2000.coder()).isEqualTo("thesis");
    assertThat(y2000.basis()).containsEntry("a", "coded").containsEntry("c", "unknown");
    CoverageTable.Cell y2010 = row.year(2010).orElseThrow();
    assertThat(y2010.known()).isEqualTo(3);
    assertThat(y2010.conditionsKnown()).isEqualTo(1);
    assertThat(row.year(2013).orElseThrow().known()).isZero();
    assertThat(row.lastMeasuredYears()).isEmpty(); // nothing is measured until assessments carry measured memberships
  }

  @Test void lastMeasuredYearsAreWhereEachMeasuredSeriesEnds() {
    // rows as they will read once assessments carry measured memberships (Coverage.basisOf)
    CoverageTable.CaseRow row = new CoverageTable.CaseRow("x", "X", 2018, List.of(
        new CoverageTable.Cell(2018, 2, 0, 1, 1, 2, "thesis", java.util.Map.of("a", "both", "b", "measured")),
        new CoverageTable.Cell(2019, 1, 0, 1, 0, 1, null, java.util.Map.of("a", "measured", "b", "unknown")),
        new CoverageTable.Cell(2020, 1, 1, 0, 0, 1, "thesis", java.util.Map.of("a", "coded", "b", "unknown"))));
    assertThat(row.lastMeasuredYears()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", 2019, "b", 2018));
  }

  @Test void startsAtTheFirstYearAskedForButNeverBeforeTheFounding() {
    Assessor assessor = new Assessor(codebook());
    CoverageTable t = Coverage.of(assessor, List.of(league()), List.of("l1"), 1980, 1996, TODAY);
    assertThat(t.lenses().get(0).cases().get(0).years()).extracting(CoverageTable.Cell::year).containsExactly(1991, 1992, 1993, 1994, 1995, 1996);
  }

  @Test void latestEvidenceDateIsTheLastDayOfTheLastCodingPeriod() {
    CaseBase base = new CaseBase(codebook(), List.of(league()), List.of());
    assertThat(EvidenceCalendar.latestEvidenceDate(base, List.of(), TODAY)).isEqualTo(LocalDate.of(2012, 12, 31));
    // a day inside the coding periods is its own answer
    assertThat(EvidenceCalendar.latestEvidenceDate(base, List.of(), LocalDate.of(2000, 5, 5))).isEqualTo(LocalDate.of(2000, 5, 5));
    // before any coding: no evidence, so today
    assertThat(EvidenceCalendar.latestEvidenceDate(base, List.of(), LocalDate.of(1993, 5, 5))).isEqualTo(LocalDate.of(1993, 5, 5));
  }

  @Test void statusSaysWhenNoCodingHoldsAndWhenTheCaseDidNotExistYet() {
    Assessor assessor = new Assessor(codebook());
    IntegrationCase c = league();
    Assessment late = assessor.assess(c, "l1", LocalDate.of(2030, 6, 30), null);
    EvidenceStatus s = EvidenceCalendar.status(assessor, c, late, null, TODAY);
    assertThat(s.existed()).isTrue();
    assertThat(s.codingHolds()).isFalse();
    assertThat(s.lastCodingEnd()).isEqualTo(LocalDate.of(2012, 12, 31));
    assertThat(s.message()).contains("no coding of l1 holds at 2030-06-30").contains("the last coding period ended 2012-12-31")
        .contains("no measured memberships");

    Assessment early = assessor.assess(c, "l1", LocalDate.of(1990, 6, 30), null);
    EvidenceStatus e = EvidenceCalendar.status(assessor, c, early, null, TODAY);
    assertThat(e.existed()).isFalse();
    assertThat(e.nextCodingStart()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(e.message()).startsWith("The League did not exist yet on 1990-06-30 (founded on 1991-03-26)");

    EvidenceStatus in = EvidenceCalendar.status(assessor, c, assessor.assess(c, "l1", LocalDate.of(2000, 6, 30), null), null, TODAY);
    assertThat(in.codingHolds()).isTrue();
    assertThat(in.message()).contains("the coding by thesis for 1995-01-01 to 2003-12-31 holds at 2000-06-30");
  }

  @Test void timelineCarriesTheMembershipEventsOfItsYears() {
    Assessor assessor = new Assessor(codebook());
    Timeline t = assessor.timeline(league(), "l1", null, 2015, 2025, TODAY);
    assertThat(t.events()).extracting(Timeline.Change::date).containsExactly(LocalDate.of(2020, 2, 1));
    assertThat(t.events().get(0).description()).contains("BBB").contains("left");
    assertThat(assessor.timeline(league(), "l1", null, 2021, 2025, TODAY).events()).isEmpty();
  }
}
