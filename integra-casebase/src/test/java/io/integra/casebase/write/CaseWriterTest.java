package io.integra.casebase.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.BibliographyReader;
import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.CaseReader;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Source;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseWriterTest {
  private final CaseBase bundled = CaseBaseLoader.bundled();

  private IntegrationCase readBack(String yaml) {
    Problems problems = new Problems();
    IntegrationCase c = new CaseReader(bundled.codebook(), bundled.bibliography().stream().map(Source::key).collect(Collectors.toSet()), problems)
        .read("written.yaml", yaml, new HashMap<>());
    assertThat(problems.sorted()).as(yaml).isEmpty();
    return c;
  }

  @Test
  void every_bundled_case_reads_back_equal_and_writes_the_same_bytes_again() {
    assertThat(bundled.cases()).isNotEmpty();
    for (IntegrationCase c : bundled.cases()) {
      String yaml = CaseWriter.write(c);
      IntegrationCase back = readBack(yaml);
      assertThat(back).as(c.id()).isEqualTo(c);
      assertThat(CaseWriter.write(back)).isEqualTo(yaml);
    }
  }

  @Test
  void awkward_text_and_numbers_survive_the_round_trip() {
    String nasty = "null: \"quoted\" #not a comment\n\ttab \\ back, 中文 😀 \u0007bell \u2028sep";
    IntegrationCase c = new IntegrationCase("x-1", nasty, "true", "", List.of(),
        new FoundingInstrument("yes", LocalDate.of(1999, 12, 31), "~", null, List.of("thesis")),
        List.of(new Member("ABC", "- dash", List.of(new Spell(LocalDate.of(2000, 1, 1), null, SpellStatus.SUSPENDED, "0.5", List.of())), null, List.of())),
        List.of(), List.of(), List.of(),
        List.of(new Coding("buen-vivir", "a: b", LocalDate.of(2000, 1, 1), null, "continuous", "[x]",
            List.of(new CriterionCoding("values", 0.1 + 0.2, "{y}", List.of(new Evidence("thesis", "§1", "'q'", List.of(1, 12)))),
                new CriterionCoding("way_of_life", 1e-7, null, List.of()),
                new CriterionCoding("mobility", 1.0, "one", List.of())))));
    String yaml = CaseWriter.write(c);
    assertThat(yaml).doesNotContain("E-").contains("score: 0.30000000000000004").contains("score: 0.0000001").contains("score: 1\n");
    assertThat(readBack(yaml)).isEqualTo(c);
  }

  @Test
  void the_bibliography_reads_back_equal_and_bibtex_escapes_latex() {
    List<Source> sources = List.of(new Source("k1", "mastersthesis", "A & B", "50% of {all} #1 under_score", "2016", "Aalborg University", "https://x.org/a_b?c=1&d=2", null),
        new Source("k2", null, null, "T", null, null, null, "n"));
    String yaml = BibliographyWriter.write(sources);
    Map<String, Source> into = new LinkedHashMap<>();
    Problems problems = new Problems();
    BibliographyReader.read("bib.yaml", yaml, problems, into, new HashMap<String, Location>());
    assertThat(problems.isEmpty()).isTrue();
    assertThat(List.copyOf(into.values())).isEqualTo(sources);
    String bib = BibTexWriter.write(sources);
    assertThat(bib).contains("@mastersthesis{k1,").contains("author = {A \\& B}").contains("title = {50\\% of \\{all\\} \\#1 under\\_score}")
        .contains("school = {Aalborg University}").contains("url = {https://x.org/a_b?c=1&d=2}").contains("@misc{k2,");
    assertThat(java.util.Arrays.stream(bib.split("\n")).filter(l -> l.startsWith("@")).count()).isEqualTo(2);
  }
}
