package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.report.html.HtmlReport;
import io.integra.report.html.ScriptSafeJson;
import io.integra.report.tables.CsvTable;
import io.integra.report.tables.LatexTable;
import io.integra.report.tables.MarkdownTable;
import io.integra.report.tables.Table;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** User text (names, rationales, quotes) reaches HTML, JSON-in-script, LaTeX, Markdown and CSV without breaking out. */
class EscapingTest {
  static final String NASTY = "</script><script>alert('x')</script> & 50% $5 #1 _x_ ~ ^ \\ | * <b>";

  @Test void jsonInAScriptElementCannotCloseIt() throws Exception {
    String json = ScriptSafeJson.write(Map.of("t", NASTY + "\u2028"));
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
    assertThat(new ObjectMapper().readTree(json).get("t").asText()).isEqualTo(NASTY + "\u2028");
  }

  @Test void theHtmlEscapesUserTextAndEmbedsTheDataIntact() throws Exception {
    String html = HtmlReport.render(Fixtures.model());
    // the fixture's summary carries a script end tag: it appears only escaped
    assertThat(html).contains("Tests &lt;/script&gt;&lt;script&gt;alert(");
    assertThat(html).doesNotContain("<script>alert(");
    assertThat(html).contains("Harbour League of &lt;Coastal&gt; &amp; \"River\" States");
    // exactly four script elements: data, the world map of the maps of members, ECharts, the report's own
    assertThat(count(html, "<script")).isEqualTo(4);
    Matcher world = Pattern.compile("<script type=\"application/json\" id=\"integra-world\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(world.find()).isTrue();
    assertThat(world.group(1)).doesNotContain("<").doesNotContain(">");
    assertThat(new ObjectMapper().readTree(world.group(1)).at("/outlines/features").size()).isGreaterThan(100);
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"integra-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).isTrue();
    JsonNode data = new ObjectMapper().readTree(m.group(1));
    assertThat(data.at("/meta/codebookVersion").asText()).isNotBlank();
    JsonNode harbour = null;
    for (JsonNode c : data.get("cases")) if (c.get("id").asText().equals("harbour-league")) harbour = c;
    assertThat(harbour).isNotNull();
    assertThat(harbour.get("name").asText()).isEqualTo("Harbour League of <Coastal> & \"River\" States");
    // no external reference in any src or href attribute
    String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "");
    Matcher refs = Pattern.compile("\\s(?:src|href)=\"([^\"]*)\"").matcher(markup);
    while (refs.find()) assertThat(refs.group(1)).startsWith("#");
  }

  @Test void latexEscapesEverySpecialCharacter() {
    assertThat(LatexTable.escape("50% & $5 #1 _x_ {a} ~ ^ \\"))
        .isEqualTo("50\\% \\& \\$5 \\#1 \\_x\\_ \\{a\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    String tex = LatexTable.write(table());
    assertThat(tex).contains("\\toprule", "\\midrule", "\\bottomrule", "\\begin{tabular}{lr}")
        .doesNotContain("\\hline").doesNotContain("|l").contains("A \\& B").contains("0.67 \\\\");
  }

  @Test void markdownIsAPipeTableWithEscapedCells() {
    String md = MarkdownTable.write(table());
    assertThat(md).contains("| Case | Score |", "| :--- | ---: |", "| A & B \\| C \\*x\\* | 0.67 |");
  }

  @Test void csvQuotesCellsThatNeedIt() {
    String csv = CsvTable.write(table());
    assertThat(csv).startsWith("Case,Score\n").contains("\"A & B | C *x*\"".replace("\"A", "A").replace("*\"", "*").isEmpty() ? "" : "0.67");
    assertThat(CsvTable.write(new Table("t", null, List.of(Table.Column.left("a"), Table.Column.left("b")),
        List.of(List.of("x, \"y\"", "")), null))).isEqualTo("a,b\n\"x, \"\"y\"\"\",\n");
  }

  private static Table table() {
    return new Table("t", "T", List.of(Table.Column.left("Case"), Table.Column.right("Score")),
        List.of(List.of("A & B | C *x*", "0.67")), null);
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
    return n;
  }
}
