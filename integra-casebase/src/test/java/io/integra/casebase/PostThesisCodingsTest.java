package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled codings after the thesis's period (issue 10, item 2) rest on sources: every coded
 * criterion of a period that starts after 2016 carries evidence, every evidence names a source of the
 * bibliography, every fact-sheet locator names source ids that the sheet in shared/facts defines (read
 * here with Jackson, independently of Integra's case reader), and quotes from the thesis are verbatim.
 */
class PostThesisCodingsTest {
  private static final LocalDate THESIS_END = LocalDate.of(2016, 12, 31);
  /** A fact sheet's source ids: S07, S31b, S04b. */
  private static final Pattern SOURCE_ID = Pattern.compile("\\bS\\d+[a-z]?\\b");
  private static final String FACTS = "facts-";
  private static final String PARAPHRASE = "Paraphrase:";

  private final CaseBase base = CaseBaseLoader.bundled();
  private final Map<String, JsonNode> sheets = new HashMap<>();

  private static boolean afterThesis(Coding k) { return k.from().isAfter(THESIS_END); }

  private JsonNode sheetFor(String sourceKey) {
    // bibliography key facts-pacific-alliance -> shared/facts/pacific_alliance.yaml
    String file = sourceKey.substring(FACTS.length()).replace('-', '_') + ".yaml";
    return sheets.computeIfAbsent(file, f -> {
      try {
        return FactSheets.read(f);
      } catch (IOException e) {
        throw new UncheckedIOException("fact sheet for source '" + sourceKey + "': " + f, e);
      }
    });
  }

  /** What is wrong with a fact-sheet locator: no source id, or ids the sheet does not define. */
  List<String> locatorProblems(Evidence e) {
    List<String> out = new ArrayList<>();
    JsonNode sources = sheetFor(e.source()).path("sources");
    Matcher m = SOURCE_ID.matcher(e.locator() == null ? "" : e.locator());
    int found = 0;
    while (m.find()) {
      found++;
      if (!sources.has(m.group())) out.add(e.source() + ": '" + m.group() + "' is not a source of the sheet (locator '" + e.locator() + "')");
    }
    if (found == 0) out.add(e.source() + ": locator '" + e.locator() + "' names no source id of the sheet");
    return out;
  }

  @Test void everyCodedCriterionAfterTheThesisHasSourcedEvidence() {
    int periods = 0;
    List<String> problems = new ArrayList<>();
    for (IntegrationCase c : base.cases()) {
      for (Coding k : c.codings()) {
        if (!afterThesis(k)) continue;
        periods++;
        String where = c.id() + " " + k.lens() + " from " + k.from();
        if (k.criteria().isEmpty()) problems.add(where + ": a period with no coded criterion");
        for (CriterionCoding cc : k.criteria()) {
          String at = where + " " + cc.criterion();
          if (cc.rationale() == null || cc.rationale().isBlank()) problems.add(at + ": no rationale");
          if (cc.evidence().isEmpty()) problems.add(at + ": no evidence");
          if (cc.evidence().stream().noneMatch(e -> e.source().startsWith(FACTS))) problems.add(at + ": no evidence from a fact sheet");
          for (Evidence e : cc.evidence()) {
            if (base.source(e.source()).isEmpty()) problems.add(at + ": source '" + e.source() + "' is not in the bibliography");
            if (e.locator() == null || e.locator().isBlank()) problems.add(at + ": evidence without locator");
            if (e.quote() == null || e.quote().isBlank()) problems.add(at + ": evidence without quote or paraphrase");
            // the sheets are secondary records of web pages: what is taken from them is marked as paraphrase
            if (e.source().startsWith(FACTS) && !e.quote().startsWith(PARAPHRASE)) problems.add(at + ": fact-sheet evidence not marked '" + PARAPHRASE + "'");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(periods).as("coding periods after 2016").isGreaterThanOrEqualTo(20);
  }

  @Test void everyFactSheetLocatorNamesSourceIdsTheSheetDefines() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Cited x : allEvidence()) {
      if (!x.evidence().source().startsWith(FACTS)) continue;
      checked++;
      locatorProblems(x.evidence()).forEach(p -> problems.add(x.where() + ": " + p));
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  @Test void theLocatorCheckRejectsIdsTheSheetLacks() {
    // the check above is only worth something if it can fail: S99 is not a source of the ALBA sheet
    assertThat(sheetFor("facts-alba").path("sources").has("S99")).isFalse();
    assertThat(locatorProblems(new Evidence("facts-alba", "S33, S99; members[BOL]", PARAPHRASE + " x", null)))
        .singleElement().asString().contains("'S99'");
    assertThat(locatorProblems(new Evidence("facts-alba", "members[BOL].events", PARAPHRASE + " x", null)))
        .singleElement().asString().contains("names no source id");
    assertThat(locatorProblems(new Evidence("facts-pacific-alliance", "S09, S11-S13, S34", PARAPHRASE + " x", null))).isEmpty();
    assertThat(locatorProblems(new Evidence("facts-unasur", "S31b, S33b", PARAPHRASE + " x", null))).isEmpty();
  }

  /** The done-when of issue 10: these five have a Deutsch coding period after 2016 with sourced evidence. */
  @ParameterizedTest
  @ValueSource(strings = {"alba", "mercosur", "unasur", "pacific-alliance", "eu"})
  void theFiveOrganisationsOfTheIssueAreCodedAfterTheThesis(String id) {
    IntegrationCase c = base.find(id).orElseThrow(() -> new AssertionError("bundled case missing: " + id));
    List<Coding> later = c.codings().stream()
        .filter(k -> k.lens().equals("deutsch-1957") && afterThesis(k) && !k.criteria().isEmpty()).toList();
    assertThat(later).as("%s: deutsch-1957 periods after 2016", id).isNotEmpty();
    assertThat(later).allSatisfy(k -> assertThat(k.criteria()).allSatisfy(cc ->
        assertThat(cc.evidence()).anySatisfy(e -> assertThat(e.source()).isEqualTo(FACTS + id))));
    // and the engine reads them: some criterion is known at the start of each such period
    Assessor assessor = new Assessor(base.codebook());
    for (Coding k : later) {
      assertThat(assessor.assess(c, "deutsch-1957", k.from(), null).criteria())
          .as("%s at %s", id, k.from()).anySatisfy(r -> assertThat(r.membership().isKnown()).isTrue());
    }
  }

  @Test void albaUnderBuenVivirIsNoLongerBlankAfterTheThesis() {
    // the issue's example: `assess alba --lens buen-vivir --at 2024-06-30` reported 0 criteria known
    IntegrationCase alba = base.find("alba").orElseThrow();
    var a = new Assessor(base.codebook()).assess(alba, "buen-vivir", LocalDate.of(2024, 6, 30), null);
    assertThat(a.criteria().stream().filter(r -> r.membership().isKnown())).hasSizeGreaterThanOrEqualTo(3);
    // Ecuador, the thesis's ground for Buen Vivir values, left in 2018 (facts S09, S25)
    assertThat(alba.membersAt(LocalDate.of(2024, 6, 30))).doesNotContain("ECU");
    assertThat(a.criterion("values").orElseThrow().membership().high()).isLessThan(0.5);
  }

  @Test void quotesFromTheThesisAreVerbatim() throws IOException {
    String thesis = normalise(Files.readString(FactSheets.shared().resolve("sources/thesis-ideal-model-regional-integration-2016.txt")));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Cited x : allEvidence()) {
      Evidence e = x.evidence();
      if (!e.source().equals("thesis") || e.quote() == null || e.quote().startsWith(PARAPHRASE)) continue;
      checked++;
      if (!thesis.contains(normalise(e.quote()))) problems.add(x.where() + ": not in the thesis: " + e.quote());
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(150);
    assertThat(thesis).doesNotContain(normalise("the thesis concludes that ALBA has left the security community"));
  }

  /** An evidence entry of the bundled codings and where it stands: case, lens, period start, criterion. */
  private record Cited(String where, Evidence evidence) { }

  private List<Cited> allEvidence() {
    List<Cited> out = new ArrayList<>();
    for (IntegrationCase c : base.cases()) {
      for (Coding k : c.codings()) {
        for (CriterionCoding cc : k.criteria()) {
          for (Evidence e : cc.evidence()) out.add(new Cited(c.id() + " " + k.lens() + " from " + k.from() + " " + cc.criterion(), e));
        }
      }
    }
    return out;
  }

  /** Line breaks and runs of spaces in the extracted text are not part of a quote. */
  private static String normalise(String s) { return s.replaceAll("\\s+", " ").trim(); }
}
