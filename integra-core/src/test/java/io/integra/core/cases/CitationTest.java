package io.integra.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
  private static final Source THESIS = new Source("t", "mastersthesis", "A. Author", "On integration", "2019",
      "Some University", "https://example.org", "a note");
  private static final Source DATA = new Source("d", "dataset", "Office", "Flows?", "2020", "Office Press.", null, null);
  private static final Source BARE = new Source("k", "misc", null, null, null, null, null, null);
  private static final Source TITLED = new Source("k2", "misc", " ", "A report", "", null, null, null);

  @Test
  void authorYearFallsBackToTitleThenKeyAndNoDate() {
    assertThat(Citation.authorYear(THESIS)).isEqualTo("A. Author (2019)");
    assertThat(Citation.authorYear(TITLED)).isEqualTo("A report (n.d.)");
    assertThat(Citation.authorYear(BARE)).isEqualTo("k (n.d.)");
  }

  @Test
  void referenceNamesTheKindAndEndsSentencesOnce() {
    assertThat(Citation.reference(THESIS)).isEqualTo("A. Author (2019). On integration. Master's thesis, Some University.");
    assertThat(Citation.reference(DATA)).isEqualTo("Office (2020). Flows? Data set, Office Press.");
    assertThat(Citation.reference(BARE)).isEqualTo("Anon. (n.d.).");
  }

  @Test
  void inlineLeavesOutWhatIsMissing() {
    assertThat(Citation.inline(THESIS)).isEqualTo("A. Author (2019). On integration. Some University");
    assertThat(Citation.inline(new Source("x", "misc", null, "Title only", "2001", null, null, null))).isEqualTo("(2001). Title only");
    assertThat(Citation.inline(BARE)).isEmpty();
  }

  @Test
  void labelCutsLongTitles() {
    String longTitle = "x".repeat(80);
    assertThat(Citation.label(new Source("k", "misc", null, longTitle, "2000", null, null, null)))
        .isEqualTo("k (2000) — " + "x".repeat(69) + "…");
    assertThat(Citation.label(THESIS)).isEqualTo("A. Author (2019) — On integration");
  }

  @Test
  void formatPicksTheFormAndOfKeyFallsBackToTheKey() {
    for (Source src : java.util.List.of(THESIS, DATA, BARE, TITLED)) {
      assertThat(Citation.format(src, Citation.Style.AUTHOR_YEAR)).isEqualTo(Citation.authorYear(src));
      assertThat(Citation.format(src, Citation.Style.REFERENCE)).isEqualTo(Citation.reference(src));
      assertThat(Citation.format(src, Citation.Style.INLINE)).isEqualTo(Citation.inline(src));
      assertThat(Citation.format(src, Citation.Style.LABEL)).isEqualTo(Citation.label(src));
    }
    java.util.Map<String, Source> bib = java.util.Map.of("t", THESIS);
    assertThat(Citation.ofKey(bib::get, "t", Citation.Style.AUTHOR_YEAR)).isEqualTo("A. Author (2019)");
    assertThat(Citation.ofKey(bib::get, "missing", Citation.Style.INLINE)).isEqualTo("missing");
    assertThat(Citation.ofKey(bib::get, null, Citation.Style.INLINE)).isNull();
  }
}
