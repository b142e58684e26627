package io.integra.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.integra.core.cases.CaseRules.Field;
import io.integra.core.cases.CaseRules.Part;
import io.integra.core.cases.CaseRules.Problem;
import io.integra.core.cases.CaseRules.Where;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of {@link CaseRules} fires on records, at its logical place, and good facts pass. */
class CaseRulesTest {
  private static final Set<String> SOURCES = Set.of("book", "paper");
  private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
  private static final LocalDate Y2005 = LocalDate.of(2005, 1, 1);
  private static final LocalDate Y2010 = LocalDate.of(2010, 1, 1);

  /** A made-up codebook with two dimensions: "trade" has a ladder (fta, union), "people" has none. */
  private static Codebook codebook() {
    Dimension trade = new Dimension("trade", "Trade", "", "", List.of(new Dimension.Stage("fta", "FTA", 1, ""), new Dimension.Stage("union", "Union", 2, "")));
    Dimension people = new Dimension("people", "People", "", "", List.of());
    return new Codebook("test", "1", "test", "", List.of(), List.of(trade, people), List.of());
  }

  private static Spell spell(LocalDate from, LocalDate to, String... sources) {
    return new Spell(from, to, SpellStatus.MEMBER, null, List.of(sources));
  }

  private static Member member(String iso3, Spell... spells) { return new Member(iso3, iso3, List.of(spells), null, List.of()); }

  private static Institution institution(String id, InstitutionNature nature, String kind) {
    return new Institution(id, id, nature, kind, Y2000, false, null, List.of("book"));
  }

  private static Milestone milestone(String id, String dimension, String stage, String status) {
    return new Milestone(id, id, dimension, stage, Y2000, status, null, List.of("paper"));
  }

  private static Policy policy(String id, String dimension, LocalDate since, LocalDate until) {
    return new Policy(id, id, dimension, since, until, false, null, List.of());
  }

  private static IntegrationCase kase(List<String> focus, List<Member> members, List<Institution> institutions, List<Milestone> milestones, List<Policy> policies) {
    return new IntegrationCase("c", "Case", null, null, focus, new FoundingInstrument("Treaty", Y2000, null, null, List.of("book")),
        members, institutions, milestones, policies, List.of());
  }

  private static IntegrationCase good() {
    return kase(List.of("trade"), List.of(member("AAA", spell(Y2000, Y2005), spell(Y2005, null, "book")), member("BBB", spell(Y2000, null))),
        List.of(institution("council", InstitutionNature.INTERGOVERNMENTAL, "council"), institution("court", InstitutionNature.SUPRANATIONAL, null)),
        List.of(milestone("m1", "trade", "fta", "achieved"), milestone("m2", null, "union", null), milestone("m3", "people", null, "planned")),
        List.of(policy("p1", "trade", Y2000, Y2005), policy("p2", null, Y2000, null)));
  }

  private static List<Problem> check(IntegrationCase c) { return CaseRules.check(codebook(), SOURCES, c); }

  private static Where at(Part part, int index, Field field) { return new Where(part, index, -1, field, -1); }

  @Test void goodFactsHaveNoProblem() {
    assertThat(check(good())).isEmpty();
  }

  @Test void theFocusNamesDimensionsOfTheCodebook() {
    IntegrationCase c = kase(List.of("trade", "nope", "people", "other"), good().members(), List.of(), List.of(), List.of());
    assertThat(check(c)).extracting(Problem::where, Problem::text).containsExactly(
        tuple(new Where(Part.CASE, -1, -1, Field.FOCUS, 1), "unknown dimension 'nope' in focus; expected one of trade, people"),
        tuple(new Where(Part.CASE, -1, -1, Field.FOCUS, 3), "unknown dimension 'other' in focus; expected one of trade, people"));
  }

  @Test void aSpellEndsAfterItStartsAndIsThenNotComparedForOverlaps() {
    IntegrationCase c = kase(List.of(), List.of(member("AAA", spell(Y2000, Y2005), spell(Y2010, Y2000))), List.of(), List.of(), List.of());
    assertThat(check(c)).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo(new Where(Part.SPELL, 0, 1, Field.TO, -1));
      assertThat(p.text()).isEqualTo("spell of AAA ends (2000-01-01) before or on the day it starts (2010-01-01);"
          + " expected 'to' after 'from' (to is the first day no longer in the spell)");
    });
  }

  @Test void oneStatesSpellsDoNotOverlapAndAnOverlapNamesTheEarlierSpell() {
    // the second spell starts on the first's last day (to is the first day after): an overlap
    LocalDate lastDay = Y2005.minusDays(1);
    IntegrationCase c = kase(List.of(), List.of(member("AAA", spell(Y2000, Y2005), spell(lastDay, null), spell(Y2005, Y2010))), List.of(), List.of(), List.of());
    assertThat(check(c)).extracting(Problem::where, Problem::other, Problem::message).containsExactly(
        tuple(new Where(Part.SPELL, 0, 1, Field.ENTRY, -1), 0, "spell 2004-12-31 – open of AAA overlaps the spell from 2000-01-01"),
        tuple(new Where(Part.SPELL, 0, 2, Field.ENTRY, -1), 1, "spell 2005-01-01 – 2010-01-01 of AAA overlaps the spell from 2004-12-31"));
    // back to back is no overlap
    assertThat(check(kase(List.of(), List.of(member("AAA", spell(Y2000, Y2005), spell(Y2005, null))), List.of(), List.of(), List.of()))).isEmpty();
  }

  @Test void aMemberHasASpellAndIsListedOnce() {
    IntegrationCase c = kase(List.of(), List.of(member("AAA"), member("BBB", spell(Y2000, null)), member("BBB", spell(Y2010, null))), List.of(), List.of(), List.of());
    assertThat(check(c)).extracting(Problem::where, Problem::other, Problem::text).containsExactly(
        tuple(at(Part.MEMBER, 0, Field.SPELLS), null, "member AAA has no spells; expected at least one spell {from, to, status}"),
        tuple(at(Part.MEMBER, 2, Field.ENTRY), 1, "duplicate member BBB (first as member 2); expected one entry per state, with several spells"));
  }

  @Test void anInstitutionHasANatureAKnownKindAndAnIdOfItsOwn() {
    IntegrationCase c = kase(List.of(), good().members(), List.of(institution("council", null, "council"), institution("bank", InstitutionNature.SUPRANATIONAL, "banc"),
        institution("council", InstitutionNature.SUPRANATIONAL, "court")), List.of(), List.of());
    List<Problem> problems = check(c);
    assertThat(problems).extracting(Problem::where, Problem::shape, Problem::text).containsExactly(
        tuple(at(Part.INSTITUTION, 0, Field.NATURE), true, "missing 'nature' in an institution; expected a value for 'nature'"),
        tuple(at(Part.INSTITUTION, 1, Field.KIND), false, "unknown institution kind 'banc'; expected one of " + String.join(", ", CaseRules.INSTITUTION_KINDS)),
        tuple(at(Part.INSTITUTION, 2, Field.ENTRY), false, "duplicate institution id 'council'; expected each id once"));
  }

  @Test void aMilestonesStageIsARungOfItsOwnDimensionsLadder() {
    IntegrationCase c = kase(List.of(), good().members(), List.of(), List.of(milestone("a", "nope", null, null), milestone("b", "trade", "customs", null),
        milestone("c", "people", "fta", null), milestone("d", "trade", "union", "maybe"), milestone("a", null, null, null)), List.of());
    assertThat(check(c)).extracting(Problem::where, Problem::text).containsExactly(
        tuple(at(Part.MILESTONE, 0, Field.DIMENSION), "unknown dimension 'nope'; expected a dimension of the codebook"),
        tuple(at(Part.MILESTONE, 1, Field.STAGE), "unknown stage 'customs'; expected one of fta, union"),
        tuple(at(Part.MILESTONE, 2, Field.STAGE), "stage 'fta' is not a stage of dimension 'people'; expected no stage on a people milestone"),
        tuple(at(Part.MILESTONE, 3, Field.STATUS), "unknown milestone status 'maybe'; expected achieved, partial or planned"),
        tuple(at(Part.MILESTONE, 4, Field.ENTRY), "duplicate milestone id 'a'; expected each id once"));
  }

  @Test void aPolicyEndsAfterItStartsInAKnownDimension() {
    IntegrationCase c = kase(List.of(), good().members(), List.of(), List.of(), List.of(policy("p", "nope", Y2005, Y2005), policy("q", null, Y2005, Y2000), policy("p", null, Y2000, null)));
    assertThat(check(c)).extracting(Problem::where, Problem::text).containsExactly(
        tuple(at(Part.POLICY, 0, Field.DIMENSION), "unknown dimension 'nope'; expected a dimension of the codebook"),
        tuple(at(Part.POLICY, 0, Field.UNTIL), "policy 'p' ends before it starts; expected 'until' after 'since'"),
        tuple(at(Part.POLICY, 1, Field.UNTIL), "policy 'q' ends before it starts; expected 'until' after 'since'"),
        tuple(at(Part.POLICY, 2, Field.ENTRY), "duplicate policy id 'p'; expected each id once"));
  }

  @Test void everySourceAFactCitesIsInTheBibliography() {
    IntegrationCase g = good();
    IntegrationCase c = new IntegrationCase("c", "Case", null, null, List.of(), new FoundingInstrument("T", Y2000, null, null, List.of("book", "nokey")),
        List.of(new Member("AAA", null, List.of(spell(Y2000, null, "x1")), null, List.of("x2"))),
        List.of(new Institution("i", "I", InstitutionNature.SUPRANATIONAL, null, null, false, null, List.of("x3"))),
        List.of(new Milestone("m", "M", null, null, Y2000, null, null, List.of("paper", "x4"))),
        List.of(new Policy("p", "P", null, Y2000, null, false, null, List.of("x5"))), g.codings());
    assertThat(check(c)).extracting(Problem::where, Problem::message).containsExactly(
        tuple(new Where(Part.FOUNDING, -1, -1, Field.SOURCES, 1), "source 'nokey' is not in the bibliography"),
        tuple(new Where(Part.SPELL, 0, 0, Field.SOURCES, 0), "source 'x1' is not in the bibliography"),
        tuple(new Where(Part.MEMBER, 0, -1, Field.SOURCES, 0), "source 'x2' is not in the bibliography"),
        tuple(new Where(Part.INSTITUTION, 0, -1, Field.SOURCES, 0), "source 'x3' is not in the bibliography"),
        tuple(new Where(Part.MILESTONE, 0, -1, Field.SOURCES, 1), "source 'x4' is not in the bibliography"),
        tuple(new Where(Part.POLICY, 0, -1, Field.SOURCES, 0), "source 'x5' is not in the bibliography"));
  }

  @Test void whatARecordMustHoldToBeACaseIsAShapeProblem() {
    IntegrationCase c = new IntegrationCase("Bad Id", null, null, null, List.of(), null,
        List.of(new Member("aa", null, List.of(new Spell(null, null, null, null, List.of())), null, List.of())),
        List.of(new Institution(null, null, InstitutionNature.SUPRANATIONAL, null, null, false, null, List.of())),
        List.of(new Milestone("m", null, null, null, null, null, null, List.of())),
        List.of(new Policy("p", "P", null, null, null, false, null, List.of())), List.of());
    List<Problem> problems = check(c);
    assertThat(problems).allMatch(Problem::shape);
    assertThat(problems).extracting(Problem::text).containsExactly(
        "'Bad Id' is not a valid id; expected lower-case letters, digits, '_', '-' or '.'",
        "missing 'name' in a case; expected a value for 'name'",
        "missing 'founding' in a case; expected the founding instrument with its name and signature date",
        "'aa' is not an ISO 3166-1 alpha-3 code; expected three upper-case letters, e.g. BOL",
        "missing 'status' in a spell; expected a value for 'status'",
        "missing 'from' in a spell; expected a value for 'from'",
        "missing 'id' in an institution; expected a value for 'id'",
        "missing 'name' in an institution; expected a value for 'name'",
        "missing 'name' in a milestone; expected a value for 'name'",
        "missing 'date' in a milestone; expected a value for 'date'",
        "missing 'since' in a policy; expected a value for 'since'");
  }

  @Test void aDateACaseFileCannotHoldIsAShapeProblem() {
    LocalDate far = LocalDate.of(10000, 1, 1);
    IntegrationCase g = good();
    IntegrationCase c = new IntegrationCase("c", "Case", null, null, List.of(), g.founding(), List.of(member("AAA", spell(Y2000, far))),
        List.of(new Institution("i", "I", InstitutionNature.SUPRANATIONAL, null, LocalDate.of(-1, 1, 1), false, null, List.of())),
        List.of(), List.of(), List.of());
    assertThat(check(c)).extracting(Problem::where, Problem::shape, Problem::text).containsExactly(
        tuple(new Where(Part.SPELL, 0, 0, Field.TO, -1), true, "'+10000-01-01' is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)"),
        tuple(at(Part.INSTITUTION, 0, Field.ESTABLISHED), true, "'-0001-01-01' is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)"));
  }
}
