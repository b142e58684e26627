package io.integra.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.cases.CodingRules.Field;
import io.integra.core.cases.CodingRules.Problem;
import io.integra.core.cases.CodingRules.Where;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.LensKind;
import io.integra.core.codebook.Objective;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of {@link CodingRules} fires on records, at its logical place, and a good coding passes. */
class CodingRulesTest {
  private static final Set<String> SOURCES = Set.of("book", "paper");
  private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
  private static final LocalDate Y2005 = LocalDate.of(2005, 1, 1);

  /** A made-up codebook: lens "with" has criteria a, b and two objectives; lens "without" has none. */
  private static Codebook codebook() {
    List<Criterion> cs = List.of(new Criterion("a", "a", "", Set.of(Role.ESSENTIAL_PLURALISTIC), null, "", null),
        new Criterion("b", "b", "", Set.of(Role.ESSENTIAL_PLURALISTIC), null, "", null));
    Lens with = new Lens("with", "with", "", "", LensKind.SECURITY_COMMUNITY, cs, List.of(),
        List.of(new Objective(1, "one"), new Objective(2, "two")), List.of(), List.of());
    Lens without = new Lens("without", "without", "", "", LensKind.SECURITY_COMMUNITY, cs, List.of(), List.of(), List.of(), List.of());
    Scale four = new Scale("four", "four values", List.of(new Scale.Point(0, "out"), new Scale.Point(0.33, "more out"),
        new Scale.Point(0.67, "more in"), new Scale.Point(1, "in")));
    Scale continuous = new Scale("continuous", "any", List.of());
    return new Codebook("test", "1", "test", "", List.of(with, without), List.of(), List.of(four, continuous));
  }

  private static Evidence ev(String source, String locator, Integer... objectives) {
    return new Evidence(source, locator, null, List.of(objectives));
  }

  private static CriterionCoding cc(String id, double score, Evidence... evidence) {
    return new CriterionCoding(id, score, "why", List.of(evidence));
  }

  private static Coding coding(String lens, String coder, LocalDate from, LocalDate to, String scale, CriterionCoding... criteria) {
    return new Coding(lens, coder, from, to, scale, null, List.of(criteria));
  }

  private static List<Problem> check(Coding... codings) {
    return CodingRules.check(codebook(), SOURCES, List.of(codings));
  }

  private static Coding good() {
    return coding("with", "ana", Y2000, Y2005, "four", cc("a", 0.67, ev("book", "p. 3", 1, 2)), cc("b", 0));
  }

  @Test void aGoodCodingHasNoProblem() {
    assertThat(check(good())).isEmpty();
    assertThat(check(good(), coding("with", "ana", Y2005, null, "continuous", cc("a", 0.5)), coding("with", "bo", Y2000, null, "four"))).isEmpty();
  }

  @Test void unknownLens() {
    List<Problem> ps = check(coding("nope", "ana", Y2000, null, "four", cc("zz", 0.5)));
    // the criteria of an unknown lens are not checked against it; the scale still is
    assertThat(ps).extracting(Problem::text).containsExactly(
        "unknown lens 'nope'; expected one of with, without",
        "score 0.5 of 'zz' is not on scale 'four'; expected one of 0, 0.33, 0.67, 1");
    assertThat(ps.get(0).where()).isEqualTo(new Where(0, Field.LENS, null, -1));
  }

  @Test void unknownScaleAndMissingScale() {
    assertThat(check(coding("with", "ana", Y2000, null, "ten", cc("a", 0.5)))).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("unknown scale 'ten'; expected one of four, continuous");
      assertThat(p.where().field()).isEqualTo(Field.SCALE);
    });
    assertThat(check(coding("with", "ana", Y2000, null, null))).extracting(Problem::text).containsExactly("missing 'scale' in a coding; expected a value for 'scale'");
  }

  @Test void missingLensCoderAndStart() {
    assertThat(check(coding(null, " ", null, null, "four"))).extracting(p -> p.where().field()).containsExactly(Field.LENS, Field.CODER, Field.FROM);
  }

  @Test void periodThatEndsBeforeItStarts() {
    List<Problem> ps = check(coding("with", "ana", Y2005, Y2005, "four"));
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("coding period ends (2005-01-01) before or on the day it starts (2005-01-01)");
      assertThat(p.where()).isEqualTo(new Where(0, Field.TO, null, -1));
    });
  }

  @Test void overlappingCodingsOfOneCoderAndLens() {
    Coding first = coding("with", "ana", Y2000, null, "four");
    Coding second = coding("with", "ana", Y2005, LocalDate.of(2010, 1, 1), "four");
    List<Problem> ps = check(first, second);
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("coding period 2005-01-01 – 2010-01-01 of lens 'with' by 'ana' overlaps the one from 2000-01-01 – open");
      assertThat(p.where()).isEqualTo(new Where(1, Field.CODING, null, -1));
      assertThat(p.other()).isZero();
    });
    // adjacent periods (to is the first day after), other coders and other lenses do not overlap
    assertThat(check(coding("with", "ana", Y2000, Y2005, "four"), second)).isEmpty();
    assertThat(check(first, coding("with", "bo", Y2005, null, "four"), coding("without", "ana", Y2005, null, "four"))).isEmpty();
  }

  @Test void unknownAndRepeatedCriterion() {
    List<Problem> ps = check(coding("with", "ana", Y2000, null, "four", cc("a", 1), cc("zz", 1), cc("a", 0)));
    assertThat(ps).extracting(Problem::text).containsExactly(
        "unknown criterion 'zz' for lens 'with'; expected one of a, b",
        "criterion 'a' is coded twice; expected each criterion once per coding");
    assertThat(ps.get(0).where()).isEqualTo(new Where(0, Field.CRITERION, "zz", -1));
  }

  @Test void scoreOutsideTheUnitIntervalOrOffTheScale() {
    List<Problem> ps = check(coding("with", "ana", Y2000, null, "four", cc("a", 1.5), cc("b", 0.5)));
    assertThat(ps).extracting(Problem::text).containsExactly(
        "score 1.5 of 'a' is outside [0,1]; expected a membership score from 0 to 1",
        "score 0.5 of 'b' is not on scale 'four'; expected one of 0, 0.33, 0.67, 1");
    assertThat(ps.get(1).where()).isEqualTo(new Where(0, Field.SCORE, "b", -1));
    assertThat(check(coding("with", "ana", Y2000, null, "continuous", cc("a", Double.NaN), cc("b", -0.2))))
        .extracting(Problem::message).containsExactly("score NaN of 'a' is outside [0,1]", "score -0.2 of 'b' is outside [0,1]");
    assertThat(check(coding("with", "ana", Y2000, null, "continuous", cc("a", Double.POSITIVE_INFINITY)))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("outside [0,1]"));
  }

  @Test void evidenceCitesKnownSourcesWithALocator() {
    List<Problem> ps = check(coding("with", "ana", Y2000, null, "four", cc("a", 1, ev("book", "p. 1"), ev("novel", "p. 2"), ev(null, null))));
    assertThat(ps).extracting(Problem::text).containsExactly(
        "source 'novel' is not in the bibliography; expected a key defined in bibliography.yaml",
        "missing 'source' in an evidence item; expected a value for 'source'",
        "missing 'locator' in an evidence item; expected a value for 'locator'");
    assertThat(ps).extracting(Problem::where).containsExactly(
        new Where(0, Field.SOURCE, "a", 1), new Where(0, Field.SOURCE, "a", 2), new Where(0, Field.LOCATOR, "a", 2));
  }

  @Test void objectivesTheLensDefines() {
    List<Problem> ps = check(coding("with", "ana", Y2000, null, "four", cc("a", 1, ev("book", "p. 1", 2, 3))),
        coding("without", "ana", Y2000, null, "four", cc("b", 1, ev("paper", "p. 9", 1))));
    assertThat(ps).extracting(Problem::text).containsExactly(
        "unknown objective 3; expected an objective number from 1 to 2",
        "unknown objective 1 (lens 'without' defines no objectives); expected no objectives for this lens");
    assertThat(ps.get(0).where()).isEqualTo(new Where(0, Field.OBJECTIVES, "a", 0));
    assertThat(ps.get(1).where()).isEqualTo(new Where(1, Field.OBJECTIVES, "b", 0));
  }

  @Test void everyProblemOfEveryCodingIsReportedInOrder() {
    List<Coding> many = new ArrayList<>();
    for (int i = 0; i < 3; i++) many.add(coding("with", "c" + i, Y2000, null, "four", cc("a", 2)));
    assertThat(CodingRules.check(codebook(), SOURCES, many)).extracting(p -> p.where().coding()).containsExactly(0, 1, 2);
  }
}
