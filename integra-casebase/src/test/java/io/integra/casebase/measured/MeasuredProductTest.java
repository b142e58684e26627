package io.integra.casebase.measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.yaml.Problem;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.CriterionResult;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.MeasuredMemberships;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measured-membership product: recipes in the codebook, the bundled copy, writing, reading and staleness. */
class MeasuredProductTest {
  @TempDir Path tmp;

  private static Path good() throws Exception { return Path.of(MeasuredProductTest.class.getResource("/fixtures/good").toURI()); }

  @Test void theBundledCodebookCarriesRecipesForAtLeastFourOfTheTwelveConditions() {
    var d = CaseBaseLoader.bundled().codebook().lens("deutsch-1957").orElseThrow();
    List<String> twelve = List.of("values", "way_of_life", "economic_expectations", "political_capabilities", "economic_growth",
        "social_communication", "elite_broadening", "mobility", "transactions", "compensation_of_flows", "group_roles", "predictability");
    List<Criterion> measured = d.criteria().stream().filter(c -> twelve.contains(c.id()) && c.indicator() != null).toList();
    assertThat(measured).extracting(Criterion::id).contains("transactions", "mobility", "compensation_of_flows", "economic_growth",
        "political_capabilities");
    assertThat(measured).allSatisfy(c -> {
      assertThat(c.indicator().formula()).as(c.id()).isNotBlank();
      assertThat(c.indicator().source()).as(c.id()).startsWith("thesis §");
      assertThat(c.indicator().literature()).as(c.id()).isNotBlank();
      assertThat(c.indicator().limits()).as(c.id()).isNotBlank();
    });
  }

  @Test void recipeProblemsAreReportedWithFileLineAndColumn() throws IOException {
    String text = new String(CaseBaseLoader.class.getResourceAsStream("/io/integra/casebase/data/codebook.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    String recipe = "index: pwt-growth-margin\n          flow: national-accounts\n";
    assertThat(text).contains(recipe);
    Path cb = tmp.resolve("codebook.yaml");
    Files.writeString(cb, text.replaceFirst(java.util.regex.Pattern.quote(recipe), "index: pwt-growth-margin\n          flows: national-accounts\n"));
    List<Problem> problems = CaseBaseLoader.validate(List.of(cb));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.format()).matches(".*codebook\\.yaml:\\d+:\\d+: .*");
      assertThat(p.message()).contains("flows");
    });
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("missing 'flow'"));
  }

  @Test void theBundledProductCoversEveryBundledCaseAndIsNotStale() {
    CaseBase base = CaseBaseLoader.bundled();
    MeasuredProduct p = MeasuredProduct.bundled();
    assertThat(p).isNotNull();
    assertThat(p.cases().keySet()).containsAll(base.cases().stream().map(IntegrationCase::id).toList());
    MeasuredLoader.Loaded l = MeasuredLoader.forBase(base);
    assertThat(l.warnings()).isEmpty();
    assertThat(l.values().isEmpty()).isFalse();
    // every value carries its provenance: data set, years, members, anchors, the product's checksum
    for (MeasuredMembership m : p.values()) {
      assertThat(m.provenance().dataset()).isNotBlank();
      assertThat(m.provenance().members()).isNotEmpty();
      assertThat(m.provenance().checksum()).isEqualTo(p.checksum()).hasSize(64);
      assertThat(m.membership()).isBetween(0.0, 1.0);
    }
  }

  /** Coverage target of issue 10: at least 4 of the 12 conditions measured for every case and year from founding (or 1960) to 2017. */
  @Test void atLeastFourOfTheTwelveConditionsAreMeasuredForEveryCaseAndYearTo2017() {
    CaseBase base = CaseBaseLoader.bundled();
    MeasuredMemberships m = MeasuredLoader.forBase(base).values();
    List<String> twelve = List.of("values", "way_of_life", "economic_expectations", "political_capabilities", "economic_growth",
        "social_communication", "elite_broadening", "mobility", "transactions", "compensation_of_flows", "group_roles", "predictability");
    for (IntegrationCase c : base.cases()) {
      int first = Math.max(1960, io.integra.core.assess.TimelineBuilder.firstYear(c));
      for (int y = first; y <= 2017; y++) {
        int year = y;
        long n = twelve.stream().filter(id -> m.find(c.id(), "deutsch-1957", id, year).isPresent()).count();
        assertThat(n).as(c.id() + " " + y).isGreaterThanOrEqualTo(4);
      }
    }
  }

  @Test void writtenAndReadBackTheSameAndStaleWhenMemberSpellsOrRecipesChange() throws Exception {
    Path dir = tmp.resolve("own");
    Files.createDirectories(dir.resolve("cases"));
    Files.copy(good().resolve("bibliography.yaml"), dir.resolve("bibliography.yaml"));
    Files.copy(good().resolve("cases/lakes.yaml"), dir.resolve("cases/lakes.yaml"));
    CaseBase base = CaseBaseLoader.load(List.of(dir), false);
    var prov = new MeasuredMembership.Provenance("share", "test.csv (dots, X_FOB)", "2004", List.of("XAA", "XBB"), 5, 20, 50, null, List.of());
    MeasuredMembership v = new MeasuredMembership("lakes", "deutsch-1957", "transactions", 2004, 35.0, 0.8, prov);
    MeasuredProduct p = MeasuredProduct.of(List.of(v), List.of(new MeasuredProduct.Input("test.csv", "ab", 2)), base.codebook(), base.cases(), "test");
    p.write(dir);
    MeasuredProduct back = MeasuredProduct.readDir(dir);
    assertThat(back.values()).containsExactlyElementsOf(p.values());
    assertThat(back.checksum()).isEqualTo(p.checksum());

    MeasuredLoader.Loaded fresh = MeasuredLoader.forBase(base, List.of(dir));
    assertThat(fresh.warnings()).isEmpty();
    Assessment a = new Assessor(base.codebook(), fresh.values()).assess(base.find("lakes").orElseThrow(), "deutsch-1957", LocalDate.of(2004, 3, 1), null);
    CriterionResult t = a.criterion("transactions").orElseThrow();
    assertThat(t.measured().raw()).isEqualTo(35.0);
    assertThat(t.measured().membership()).isEqualTo(0.8);
    assertThat(t.measured().provenance().checksum()).isEqualTo(p.checksum());
    assertThat(t.measured().provenance().members()).containsExactly("XAA", "XBB");
    assertThat(t.basis()).isIn(CriterionResult.Basis.MEASURED, CriterionResult.Basis.BOTH);

    // someone edits the member spells: the product is stale, said plainly, values flagged
    Path lakes = dir.resolve("cases/lakes.yaml");
    Files.writeString(lakes, Files.readString(lakes).replace("{from: 2005-07-15, status: member}", "{from: 2004-07-15, status: member}"));
    CaseBase edited = CaseBaseLoader.load(List.of(dir), false);
    MeasuredLoader.Loaded stale = MeasuredLoader.forBase(edited, List.of(dir));
    assertThat(stale.warnings()).anySatisfy(w -> assertThat(w).contains("case 'lakes' are stale").contains("member spells changed"));
    assertThat(stale.values().find("lakes", "deutsch-1957", "transactions", 2004).orElseThrow().provenance().notes())
        .anySatisfy(n -> assertThat(n).startsWith("stale"));
  }

  @Test void aProductWhoseTwoFilesDoNotMatchIsRefused() throws IOException {
    Path dir = tmp.resolve("bad");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MeasuredProduct.FILE), "{\"format\":\"integra-measured/1\",\"checksum\":\"a\",\"columns\":[],\"rows\":[]}");
    Files.writeString(dir.resolve(MeasuredProduct.MANIFEST), "{\"format\":\"integra-measured/1\",\"checksum\":\"b\"}");
    assertThatThrownBy(() -> MeasuredProduct.readDir(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measured.json").hasMessageContaining("different runs");
  }
}
