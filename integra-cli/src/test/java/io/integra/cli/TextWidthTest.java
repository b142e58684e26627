package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13: codebook and compare use the room they have (80 columns, or the terminal's width) instead of cutting names. */
class TextWidthTest {
  @AfterEach
  void reset() { System.clearProperty("integra.columns"); }

  @Test
  void codebookWrapsAtEightyAndUsesAWideTerminal() {
    Cli narrow = Cli.run("codebook", "--lens", "deutsch-1957");
    assertThat(narrow.status()).isZero();
    assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
    assertThat(narrow.out()).doesNotContain("…")
        .containsPattern("values +essential-amalgamated, +thesis §4\\.5\\.1\\.1\n +essential-pluralistic\n");
    System.setProperty("integra.columns", "130");
    Cli wide = Cli.run("codebook", "--lens", "deutsch-1957");
    assertThat(wide.out()).containsPattern("values +essential-amalgamated,essential-pluralistic +thesis §4\\.5\\.1\\.1\n");
    assertThat(wide.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(130));
  }

  @Test
  void compareNamesItsCasesWhereTheyFit() {
    Cli r = Cli.run("compare", "alba", "pacific-alliance", "mercosur", "--lens", "buen-vivir", "--at", "2016-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern(" alba +pacific-alliance +mercosur\n").doesNotContain("#1");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
  }

  @Test
  void jsonIsNeverCut() throws Exception {
    var j = Json.MAPPER.readTree(Cli.run("codebook", "--lens", "deutsch-1957", "--format", "json").out());
    assertThat(j.toString()).contains("essential-pluralistic").doesNotContain("…");
  }
}
