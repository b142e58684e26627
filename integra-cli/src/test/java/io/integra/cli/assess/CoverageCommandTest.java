package io.integra.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.integra.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code integra coverage} against an independent count: the case YAML files are read here with a
 * plain YAML parser and their codings walked by hand (the first coding of the lens, in file order,
 * whose period holds 30 June of the year), not through the case reader or the assessor.
 */
class CoverageCommandTest {
  static final Path BUNDLED = Path.of("..", "integra-casebase", "src", "main", "resources", "io", "integra", "casebase", "data");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** "Today" of these runs, fixed so that the expected last year cannot move between the run and the check. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  static Cli run(String... args) {
    return Cli.runAt(CLOCK, args);
  }

  /** The background conditions of a lens, read from codebook.yaml: roles essential-amalgamated or additional. */
  static Set<String> conditions(String lens) throws IOException {
    Set<String> out = new HashSet<>();
    for (JsonNode l : YAML.readTree(BUNDLED.resolve("codebook.yaml").toFile()).get("lenses")) {
      if (!l.get("id").asText().equals(lens)) continue;
      for (JsonNode c : l.get("criteria")) {
        for (JsonNode r : c.get("roles")) {
          if (r.asText().equals("essential-amalgamated") || r.asText().equals("additional")) out.add(c.get("id").asText());
        }
      }
    }
    return out;
  }

  /** The criteria coded on 30 June of {@code year} under {@code lens}, from the case file itself. */
  static Set<String> codedAt(JsonNode caseYaml, String lens, int year) {
    LocalDate d = LocalDate.of(year, 6, 30);
    JsonNode codings = caseYaml.get("codings");
    if (codings == null) return Set.of();
    for (JsonNode k : codings) {
      if (!k.get("lens").asText().equals(lens)) continue;
      LocalDate from = day(k.get("from").asText());
      LocalDate to = k.hasNonNull("to") ? day(k.get("to").asText()) : null;
      if (d.isBefore(from) || (to != null && !d.isBefore(to))) continue;
      Set<String> ids = new HashSet<>();
      for (Iterator<String> it = k.get("criteria").fieldNames(); it.hasNext(); ) ids.add(it.next());
      return ids;
    }
    return Set.of();
  }

  /** A date of the case format: YYYY-MM-DD, or YYYY-MM / YYYY read as the first day (docs/case-format.md). */
  static LocalDate day(String text) {
    return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 1, 1)
        : text.length() == 7 ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
  }

  static int foundingYear(JsonNode caseYaml) {
    LocalDate start = caseYaml.has("founding") && caseYaml.get("founding").hasNonNull("signed")
        ? day(caseYaml.get("founding").get("signed").asText()) : null;
    if (start == null) {
      for (JsonNode m : caseYaml.get("members")) {
        for (JsonNode s : m.get("spells")) {
          LocalDate f = day(s.get("from").asText());
          if (start == null || f.isBefore(start)) start = f;
        }
      }
    }
    return start.isAfter(LocalDate.of(start.getYear(), 6, 30)) ? start.getYear() + 1 : start.getYear();
  }

  /** Every case-year of the JSON against the count made here from the YAML. */
  static int check(JsonNode lensJson, String lens, List<Path> caseFiles, Set<String> conditions) throws IOException {
    int checked = 0;
    LocalDate today = LocalDate.now(CLOCK);
    for (Path f : caseFiles) {
      JsonNode y = YAML.readTree(f.toFile());
      String id = y.get("id").asText();
      JsonNode row = null;
      for (JsonNode r : lensJson.get("cases")) if (r.get("caseId").asText().equals(id)) row = r;
      assertThat(row).as("case %s in the coverage", id).isNotNull();
      int first = Math.max(1960, foundingYear(y));
      int last = LocalDate.of(today.getYear(), 6, 30).isAfter(today) ? today.getYear() - 1 : today.getYear();
      List<Integer> years = new ArrayList<>();
      for (JsonNode cell : row.get("years")) years.add(cell.get("year").asInt());
      assertThat(years).as(id).first().isEqualTo(first);
      assertThat(years).as(id).last().isEqualTo(last);
      assertThat(years).as(id).hasSize(last - first + 1);
      for (JsonNode cell : row.get("years")) {
        Set<String> coded = codedAt(y, lens, cell.get("year").asInt());
        long cond = coded.stream().filter(conditions::contains).count();
        String what = id + " " + cell.get("year").asInt();
        // measured memberships add to "known" (measured, both); coded-only plus both is what the files code
        assertThat(cell.get("coded").asInt() + cell.get("both").asInt()).as(what).isEqualTo(coded.size());
        assertThat(cell.get("known").asInt()).as(what)
            .isEqualTo(cell.get("coded").asInt() + cell.get("measured").asInt() + cell.get("both").asInt());
        if (cell.get("measured").asInt() == 0 && cell.get("both").asInt() == 0) {
          assertThat(cell.get("conditionsKnown").asInt()).as(what).isEqualTo((int) cond);
        }
        assertThat(cell.get("basis").size()).as(what).isEqualTo(lensJson.get("criteria").asInt());
        for (String c : coded) assertThat(cell.get("basis").get(c).asText()).as(what + " " + c).isIn("coded", "both");
        checked++;
      }
    }
    return checked;
  }

  @Test void bundledCasesAgreeWithTheirOwnFiles() throws IOException {
    Cli r = run("coverage", "--lens", "deutsch-1957", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode lens = r.json().get("lenses").get(0);
    assertThat(lens.get("lens").asText()).isEqualTo("deutsch-1957");
    Set<String> conditions = conditions("deutsch-1957");
    assertThat(conditions).hasSize(12);
    assertThat(lens.get("conditions")).hasSize(12);
    List<Path> files;
    try (Stream<Path> s = Files.list(BUNDLED.resolve("cases"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(9);
    assertThat(lens.get("cases")).hasSize(files.size());
    assertThat(check(lens, "deutsch-1957", files, conditions)).isGreaterThan(200);
  }

  @Test void aMadeUpCaseFileWorks() throws IOException {
    Path dir = Path.of(AssessCommandsTest.fixtures());
    Cli r = run("coverage", "harbour-league", "harbour-league-east", "--cases", dir.toString(), "--lens", "deutsch-1957,buen-vivir", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("lenses")).hasSize(2);
    List<Path> files = List.of(dir.resolve("cases/harbour-league.yaml"), dir.resolve("cases/harbour-league-east.yaml"));
    for (JsonNode lens : j.get("lenses")) {
      String id = lens.get("lens").asText();
      assertThat(check(lens, id, files, conditions(id))).isGreaterThan(20);
    }
    // founded 1 April 2001: first sampled on 30 June 2001, before 1960 nothing is asked
    JsonNode hl = j.get("lenses").get(0).get("cases").get(0);
    assertThat(hl.get("firstYear").asInt()).isEqualTo(2001);
    JsonNode y2007 = hl.get("years").get(6);
    assertThat(y2007.get("year").asInt()).isEqualTo(2007);
    assertThat(y2007.get("coder").asText()).isEqualTo("first-reader");
  }

  @Test void textFitsEightyColumnsAndListsSpans() {
    Cli r = run("coverage", "harbour-league", "--cases", AssessCommandsTest.fixtures(), "--lens", "deutsch-1957", "--from", "2000", "--to", "2010");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(r.out()).contains("Coverage under deutsch-1957: 22 criteria, 12 of them background conditions")
        .contains("harbour-league: Harbour League")
        .containsPattern("2001-2005 +\\d+/22 known")
        .containsPattern("2006-2010 +\\d+/22 known");
  }

  @Test void badInputIsExitStatusTwo() {
    Cli lens = run("coverage", "--lens", "nope");
    assertThat(lens.status()).isEqualTo(2);
    assertThat(lens.err()).contains("unknown lens 'nope'").contains("deutsch-1957");
    Cli years = run("coverage", "--from", "2010", "--to", "2000");
    assertThat(years.status()).isEqualTo(2);
    assertThat(years.err()).contains("--to 2000 is before --from 2010");
    Cli c = run("coverage", "atlantis");
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err()).contains("unknown case 'atlantis'");
  }
}
