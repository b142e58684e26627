package io.integra.casebase.readings;

import io.integra.core.assess.VerdictLabel;
import io.integra.core.cases.InstitutionNature;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.DecidingCoding;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which coding decides (never name order), the verdict {@code undetermined}, and scores that never
 * come from missing evidence — on made-up cases built here, read with the bundled codebook.
 */
class DecidingAndUndeterminedTest {
  private static final Assessor ASSESSOR = new Assessor(Fixtures.BASE.codebook());
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate AT = LocalDate.of(2005, 6, 30);

  private static Coding coding(String coder, LocalDate from, LocalDate to, double score, String... criteria) {
    return new Coding("deutsch-1957", coder, from, to, "four-value", null,
        java.util.Arrays.stream(criteria).map(c -> new CriterionCoding(c, score, "made up", List.of())).toList());
  }

  private static IntegrationCase made(List<Coding> codings, List<Institution> institutions) {
    List<Member> members = List.of(
        new Member("XAA", "A", List.of(new Spell(FROM, null, SpellStatus.MEMBER, null, null)), null, null),
        new Member("XBB", "B", List.of(new Spell(FROM, null, SpellStatus.MEMBER, null, null)), null, null));
    return new IntegrationCase("made-up", "Made-up union", null, null, List.of(), null, members, institutions, List.of(), List.of(), codings);
  }

  private static final String[] PLURALISTIC = {"values", "responsiveness", "predictability"};

  @Test void theFirstCodingInFileOrderDecidesNeverTheFirstName() {
    // "zed" is first in the file, "ana" first by name: zed's reading decides
    IntegrationCase c = made(List.of(coding("zed", FROM, null, 1, PLURALISTIC), coding("ana", FROM, null, 0, PLURALISTIC)), List.of());
    Assessment a = ASSESSOR.assess(c, "deutsch-1957", AT, null);
    assertThat(a.coder()).isEqualTo("zed");
    assertThat(a.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(a.otherCoders()).singleElement().satisfies(o -> {
      assertThat(o.coder()).isEqualTo("ana");
      assertThat(o.scores()).containsEntry("values", 0.0);
    });
  }

  @Test void thePrimaryCoderDecidesAndANewCoderChangesNothingUntilReconciledOrPrimary() {
    IntegrationCase thesisOnly = made(List.of(coding("thesis", FROM, LocalDate.of(2010, 1, 1), 1, PLURALISTIC)), List.of()).withPrimaryCoder("thesis");
    // ana codes later in the file, from an earlier date and open-ended
    IntegrationCase withAna = made(List.of(coding("ana", LocalDate.of(1999, 1, 1), null, 0, PLURALISTIC),
        coding("thesis", FROM, LocalDate.of(2010, 1, 1), 1, PLURALISTIC)), List.of()).withPrimaryCoder("thesis");
    for (int year = 1999; year <= 2015; year++) {
      LocalDate d = TimelineBuilder.sampleDate(year);
      assertThat(ASSESSOR.assess(withAna, "deutsch-1957", d, null).verdict().label()).as("%s", d)
          .isEqualTo(ASSESSOR.assess(thesisOnly, "deutsch-1957", d, null).verdict().label());
    }
    Timeline before = ASSESSOR.timeline(thesisOnly, "deutsch-1957", null, 1999, 2015, null);
    Timeline after = ASSESSOR.timeline(withAna, "deutsch-1957", null, 1999, 2015, null);
    assertThat(after.points().stream().map(Timeline.Point::verdict).toList())
        .isEqualTo(before.points().stream().map(Timeline.Point::verdict).toList());
    assertThat(after.verdicts().stream().flatMap(v -> v.causes().stream()).map(Timeline.Change::description))
        .noneMatch(s -> s.contains("ana"));
    // made primary: ana decides
    Assessment anaPrimary = ASSESSOR.assess(withAna.withPrimaryCoder("ana"), "deutsch-1957", AT, null);
    assertThat(anaPrimary.coder()).isEqualTo("ana");
    assertThat(anaPrimary.verdict().label()).isEqualTo(VerdictLabel.NONE);
    // reconciled: the reconciled coding decides whoever is primary
    IntegrationCase reconciled = made(List.of(coding("ana", FROM, null, 0, PLURALISTIC), coding("thesis", FROM, null, 1, PLURALISTIC),
        coding(DecidingCoding.RECONCILED, FROM, null, 0.67, PLURALISTIC)), List.of()).withPrimaryCoder("thesis");
    assertThat(ASSESSOR.assess(reconciled, "deutsch-1957", AT, null).coder()).isEqualTo(DecidingCoding.RECONCILED);
    // a primary coder who never coded the lens: the first coding recorded decides
    IntegrationCase other = made(List.of(coding("zed", FROM, null, 1, PLURALISTIC), coding("ana", FROM, null, 0, PLURALISTIC)), List.of())
        .withPrimaryCoder("thesis");
    assertThat(ASSESSOR.assess(other, "deutsch-1957", AT, null).coder()).isEqualTo("zed");
  }

  @Test void noCodingIsUndeterminedNotTransitionInAssessmentsAndTimelines() {
    IntegrationCase c = made(List.of(), List.of());
    for (Lens l : Fixtures.BASE.codebook().lenses()) {
      if (VerdictRule.decidingRole(l.kind()) == null) continue;
      Assessment a = ASSESSOR.assess(c, l.id(), AT, null);
      assertThat(a.verdict().label()).as(l.id()).isEqualTo(VerdictLabel.UNDETERMINED);
      assertThat(VerdictRule.settled(a)).isFalse();
      assertThat(a.verdict().reasons()).anyMatch(r -> r.contains("cannot decide"));
      Timeline t = ASSESSOR.timeline(c, l.id(), null, 2000, 2010, null);
      assertThat(t.points()).allMatch(p -> VerdictLabel.UNDETERMINED.equals(p.verdict()));
    }
  }

  @Test void socialDimensionAndObjectivesAreNeverScoredFromMissingEvidence() {
    Institution forum = new Institution("forum", "Social forum", InstitutionNature.INTERGOVERNMENTAL, "civil-society", FROM, false, null, null);
    IntegrationCase none = made(List.of(), List.of(forum));
    Assessment a = ASSESSOR.assess(none, "buen-vivir", AT, null);
    DimensionScore social = a.dimensions().social();
    // civil society present (1), no social criterion coded: unknown, not 1.00
    assertThat(social.known()).isFalse();
    assertThat(social.value()).isNull();
    assertThat(social.interval().low()).isEqualTo(0.5);
    assertThat(social.interval().high()).isEqualTo(1.0);
    assertThat(social.reasons()).anyMatch(r -> r.contains("undetermined"));
    // nothing coded: every objective unknown, none "not supported"
    assertThat(a.objectives().objectives()).isNotEmpty();
    assertThat(a.objectives().unsupported()).isEmpty();
    assertThat(a.objectives().unknown()).hasSameSizeAs(a.objectives().objectives());
    // every social criterion coded: known again
    IntegrationCase all = made(List.of(new Coding("buen-vivir", "thesis", FROM, null, "four-value", null,
        List.of(new CriterionCoding("way_of_life", 1, "m", List.of()), new CriterionCoding("social_communication", 1, "m", List.of()),
            new CriterionCoding("mobility", 0.67, "m", List.of()), new CriterionCoding("assimilation", 0.33, "m", List.of())))), List.of(forum));
    DimensionScore known = ASSESSOR.assess(all, "buen-vivir", AT, null).dimensions().social();
    assertThat(known.known()).isTrue();
    assertThat(known.score()).isCloseTo((1 + (1 + 1 + 0.67 + 0.33) / 4) / 2, org.assertj.core.data.Offset.offset(1e-9));
    // coded criteria linked to objectives make the others "not supported" only where a coded criterion speaks to them
    Assessment coded = ASSESSOR.assess(all, "buen-vivir", AT, null);
    assertThat(coded.objectives().unsupported()).isNotEmpty();
  }
}
