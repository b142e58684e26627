package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Problem;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class CaseBaseLoaderTest {
  @TempDir Path tmp;

  @Test void bundledCodebookHasTheThreeLensesAndTheModelIds() {
    CaseBase base = CaseBaseLoader.bundled();
    assertThat(base.codebook().lensIds()).containsExactly("deutsch-1957", "buen-vivir", "liberal-intergovernmentalism");
    Lens bv = base.codebook().lens("buen-vivir").orElseThrow();
    // model.md §2.1–2.2 ids, verbatim
    assertThat(bv.criteria()).extracting(c -> c.id()).contains("values", "way_of_life", "economic_expectations",
        "political_capabilities", "economic_growth", "social_communication", "elite_broadening", "mobility",
        "transactions", "compensation_of_flows", "group_roles", "predictability", "responsiveness");
    assertThat(bv.criteriaWith(Role.ESSENTIAL_AMALGAMATED)).hasSize(9);
    assertThat(bv.criteriaWith(Role.ESSENTIAL_PLURALISTIC)).extracting(c -> c.id()).containsExactlyInAnyOrder("values", "responsiveness", "predictability");
    assertThat(bv.objectives()).hasSize(12);
    assertThat(bv.objectiveLinks()).hasSize(12);
    // reinterpreted definitions differ from Deutsch's
    Lens d = base.codebook().lens("deutsch-1957").orElseThrow();
    assertThat(bv.criterion("elite_broadening").orElseThrow().definition()).isNotEqualTo(d.criterion("elite_broadening").orElseThrow().definition());
    assertThat(base.codebook().dimension("economic").orElseThrow().stages()).extracting(s -> s.id())
        .containsExactly("free-trade-area", "customs-union", "common-market", "economic-monetary-union");
  }

  @Test void pluralisticFormulaIsEvaluatedFromTheCodebook() {
    Lens d = CaseBaseLoader.bundled().codebook().lens("deutsch-1957").orElseThrow();
    var f = d.outcome("pluralistic").orElseThrow().formula();
    assertThat(f.evaluate(Map.of("values", Membership.of(0.8), "responsiveness", Membership.of(0.6), "predictability", Membership.of(0.9))).value()).isEqualTo(0.6);
    // an uncoded criterion is unknown, not zero ...
    assertThat(f.evaluate(Map.of("values", Membership.of(0.8), "responsiveness", Membership.of(0.6))).isKnown()).isFalse();
    // ... unless the rest already decides the minimum
    assertThat(f.evaluate(Map.of("values", Membership.of(0), "responsiveness", Membership.of(0.6))).value()).isEqualTo(0.0);
  }

  @Test void userCaseFolderLoadsBesideTheBundledCases() {
    CaseBase base = CaseBaseLoader.load(List.of(Fixtures.good()), true);
    IntegrationCase lakes = base.find("lakes").orElseThrow();
    assertThat(lakes.membersAt(LocalDate.of(2004, 1, 1))).containsExactly("XAA", "XBB");
    assertThat(lakes.membersAt(LocalDate.of(2009, 6, 30))).containsExactly("XAA", "XCC");
    assertThat(lakes.suspendedAt(LocalDate.of(2009, 6, 30))).containsExactly("XBB");
    assertThat(lakes.membersAt(LocalDate.of(2015, 1, 1))).containsExactly("XAA", "XCC");
    assertThat(lakes.codingAt("deutsch-1957", LocalDate.of(2012, 1, 1), null).orElseThrow().criterion("values").orElseThrow().score()).isEqualTo(1.0);
    assertThat(base.source("thesis")).isPresent();
    assertThat(base.source("lakes-report")).isPresent();
  }

  private List<Problem> problemsOf(String from, String to) throws IOException {
    Path dir = Fixtures.corrupt(tmp.resolve("c"), from, to);
    return CaseBaseLoader.validate(List.of(dir));
  }

  static Stream<Arguments> corruptions() {
    return Stream.of(
        Arguments.of("malformed YAML", "focus: [economic]", "focus: [economic", "malformed YAML"),
        Arguments.of("unknown criterion", "responsiveness: {score: 0.33", "responsivness: {score: 0.33", "unknown criterion 'responsivness'"),
        Arguments.of("unknown objective", "objectives: [1, 10]", "objectives: [1, 13]", "unknown objective 13"),
        Arguments.of("unknown lens", "lens: buen-vivir", "lens: buen-viver", "unknown lens 'buen-viver'"),
        Arguments.of("score above 1", "values: {score: 1}", "values: {score: 1.5}", "outside [0,1]"),
        Arguments.of("score below 0", "predictability: {score: 0.67}\n  - lens: buen-vivir", "predictability: {score: -0.2}\n  - lens: buen-vivir", "outside [0,1]"),
        Arguments.of("score off the scale", "values: {score: 1}", "values: {score: 0.5}", "not on scale 'four-value'"),
        Arguments.of("overlapping spells", "{from: 2010-06-01, to: 2015-01-01", "{from: 2010-05-01, to: 2015-01-01", "overlaps"),
        Arguments.of("reversed spell", "{from: 2010-06-01, to: 2015-01-01", "{from: 2010-06-01, to: 2003-01-01", "before or on the day it starts"),
        Arguments.of("duplicate member", "iso3: XCC", "iso3: XAA", "duplicate member XAA"),
        Arguments.of("duplicate institution id", "id: court", "id: council", "duplicate institution id 'council'"),
        Arguments.of("missing source", "{source: lakes-report, locator: \"p. 3\"", "{source: lakes-reprot, locator: \"p. 3\"", "source 'lakes-reprot' is not in the bibliography"),
        Arguments.of("unknown key", "short_name: NLC", "shortname: NLC", "unknown key 'shortname'"),
        Arguments.of("bad date", "signed: 2001-03-01", "signed: 2001-13-01", "not a calendar date"),
        Arguments.of("bad iso3", "iso3: XCC", "iso3: Gamma", "not an ISO 3166-1 alpha-3 code"),
        Arguments.of("unknown stage", "stage: customs-union", "stage: customs-unoin", "unknown stage 'customs-unoin'"),
        Arguments.of("stage of another dimension", "dimension: economic\n    stage: customs-union", "dimension: social\n    stage: customs-union",
            "stage 'customs-union' is not a stage of dimension 'social'"),
        Arguments.of("unknown institution kind", "kind: court", "kind: courts", "unknown institution kind 'courts'"),
        Arguments.of("unknown institution nature", "nature: supranational", "nature: federal", "unknown nature 'federal'; expected supranational or intergovernmental"),
        Arguments.of("overlapping codings", "from: 2010-01-01", "from: 2009-01-01", "overlaps the one at line"),
        Arguments.of("score is not a number", "values: {score: 1}", "values: {score: high}", "expected a number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void eachKindOfCorruptInputIsReportedWithFileAndLine(String kind, String from, String to, String message) throws IOException {
    List<Problem> problems = problemsOf(from, to);
    assertThat(problems).as(kind).isNotEmpty();
    assertThat(problems).as(kind).anySatisfy(p -> {
      assertThat(p.format()).contains(message);
      assertThat(p.location().file()).endsWith("lakes.yaml");
      assertThat(p.location().line()).isGreaterThan(1);
      assertThat(p.format()).matches(".*lakes\\.yaml:\\d+:\\d+: .*");
    });
  }

  @Test void theLineNumberPointsAtTheMistake() throws IOException {
    List<Problem> problems = problemsOf("values: {score: 1}", "values: {score: 7}");
    String text = Files.readString(tmp.resolve("c/cases/lakes.yaml"));
    int line = problems.get(0).location().line();
    assertThat(text.lines().toList().get(line - 1)).contains("score: 7");
  }

  @Test void allProblemsAreReportedInOneRun() throws IOException {
    Path dir = Fixtures.corrupt(tmp.resolve("m"), "values: {score: 1}", "values: {score: 7}\n      nonsense: {score: 0.67}");
    Files.writeString(dir.resolve("cases/lakes.yaml"), Files.readString(dir.resolve("cases/lakes.yaml")).replace("iso3: XCC", "iso3: XAA"));
    assertThat(CaseBaseLoader.validate(List.of(dir))).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test void duplicateCaseIdsAcrossFiles() throws IOException {
    Path dir = Fixtures.corrupt(tmp.resolve("d"), "id: lakes", "id: lakes");
    Files.writeString(dir.resolve("cases/lakes2.yaml"), Files.readString(dir.resolve("cases/lakes.yaml")));
    assertThat(CaseBaseLoader.validate(List.of(dir))).anySatisfy(p -> assertThat(p.message()).contains("duplicate case id 'lakes'"));
  }

  @Test void aCaseFileGivenAloneFindsItsBibliography() {
    assertThat(CaseBaseLoader.load(List.of(Fixtures.good().resolve("cases/lakes.yaml")), true).find("lakes")).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown criterion in formula | formula: "values * responsiveness * predictability" | formula: "values * responsivenes * predictability" | names unknown criterion 'responsivenes'
      formula does not parse       | formula: "values * responsiveness * predictability" | formula: "values * (responsiveness + predictability" | does not parse
      formula dangling operator    | formula: "values * responsiveness * predictability" | formula: "values * * predictability" | does not parse
      unknown role                 | roles: [essential-amalgamated, essential-pluralistic] | roles: [essential-amalgamated, essential-pluralist] | unknown role 'essential-pluralist'
      duplicate criterion          | id: way_of_life | id: values | duplicate criterion id 'values'
      unknown lens kind            | kind: security-community | kind: realist | unknown lens kind 'realist'
      """)
  void codebookProblems(String kind, String from, String to, String message) throws IOException {
    String text = CaseBaseLoader.resource("codebook.yaml");
    assertThat(text).contains(from);
    Path cb = tmp.resolve("codebook.yaml");
    Files.writeString(cb, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    List<Problem> problems = CaseBaseLoader.validate(List.of(cb));
    assertThat(problems).as(kind).anySatisfy(p -> {
      assertThat(p.message()).contains(message);
      assertThat(p.location().file()).endsWith("codebook.yaml");
      assertThat(p.location().line()).isGreaterThan(1);
    });
  }

  @Test void invalidInputExceptionListsEveryProblem() throws IOException {
    Path dir = Fixtures.corrupt(tmp.resolve("e"), "values: {score: 1}", "values: {score: 7}");
    assertThatThrownBy(() -> CaseBaseLoader.load(List.of(dir), true)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lakes.yaml:").hasMessageContaining("outside [0,1]");
  }
}
