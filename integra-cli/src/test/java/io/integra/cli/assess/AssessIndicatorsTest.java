package io.integra.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.Json;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * assess with indicator recipes: the bundled codebook's recipes on a small DOTS-format fixture
 * (values computed by hand in io.integra.flows.IndicatorSeriesTest), a user codebook with recipes
 * of its own, bad input, and one run on the real shared DOTS file.
 */
class AssessIndicatorsTest {
  static String res(String p) {
    try {
      return Path.of(AssessIndicatorsTest.class.getResource(p).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(Cli r) {
    assertThat(r.status()).as(r.err()).isZero();
    try {
      return Json.MAPPER.readTree(r.out());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + r.out(), e);
    }
  }

  static JsonNode criterion(JsonNode j, String id) {
    for (JsonNode c : j.get("criteria")) if (c.get("id").asText().equals(id)) return c;
    throw new AssertionError("no criterion " + id);
  }

  @Test void withoutDataTheJsonIsUnchanged() {
    JsonNode j = json(Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--format", "json"));
    for (JsonNode c : j.get("criteria")) assertThat(c.has("indicator")).as(c.get("id").asText()).isFalse();
    assertThat(j.has("indicatorNote")).isFalse();
  }

  @Test void withDataEachRecipeIsMeasuredBesideTheCodedMembership() {
    JsonNode plain = json(Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--format", "json"));
    JsonNode j = json(Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--format", "json",
        "--flows-data", res("/fixtures/indicators/dots-mini.csv")));
    JsonNode t = criterion(j, "transactions").get("indicator");
    assertThat(t.get("index").asText()).isEqualTo("share");
    assertThat(t.get("flow").asText()).isEqualTo("trade");
    assertThat(t.get("year").asInt()).isEqualTo(2015);
    assertThat(t.get("raw").asDouble()).isCloseTo(100 * 47.0 / 350, within(1e-9));
    assertThat(t.get("membership").asDouble()).isCloseTo(0.21586217180719888, within(1e-12));
    assertThat(t.get("anchors").get("exclusion").asDouble()).isEqualTo(5.0);
    assertThat(t.get("anchors").get("crossover").asDouble()).isEqualTo(20.0);
    assertThat(t.get("anchors").get("inclusion").asDouble()).isEqualTo(50.0);
    assertThat(t.get("source").asText()).isEqualTo("dots-mini.csv (dots, X_FOB)");
    assertThat(criterion(j, "compensation_of_flows").get("indicator").get("membership").asDouble())
        .isCloseTo(0.9753943982877259, within(1e-12));
    // no migration file: null with a reason, never 0
    JsonNode m = criterion(j, "mobility").get("indicator");
    assertThat(m.get("raw").isNull()).isTrue();
    assertThat(m.get("membership").isNull()).isTrue();
    assertThat(m.get("reason").asText()).contains("--migration-data");
    // criteria without a recipe have no indicator; the coded memberships and outcomes are untouched
    assertThat(criterion(j, "values").has("indicator")).isFalse();
    assertThat(j.get("indicatorNote").asText()).contains("coded membership");
    for (String key : new String[] {"outcomes", "outcomeIntervals", "verdict", "idealType", "dimensions", "members"}) {
      assertThat(j.get(key)).as(key).isEqualTo(plain.get(key));
    }
    for (int i = 0; i < plain.get("criteria").size(); i++) {
      assertThat(j.get("criteria").get(i).get("membership")).isEqualTo(plain.get("criteria").get(i).get("membership"));
    }
  }

  @Test void aYearOutsideTheDataIsNullWithAReason() {
    JsonNode j = json(Cli.run("assess", "mercosur", "--lens", "buen-vivir", "--at", "2012-06-30", "--format", "json",
        "--flows-data", res("/fixtures/indicators/dots-mini.csv")));
    JsonNode t = criterion(j, "transactions").get("indicator");
    assertThat(t.get("raw").isNull()).isTrue();
    assertThat(t.get("reason").asText()).contains("2012").contains("2014-2016");
  }

  @Test void textShowsCodedAndDataBasedSideBySide() {
    Cli r = Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30",
        "--flows-data", res("/fixtures/indicators/dots-mini.csv"));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Data-based memberships, 2015").contains("outcomes above use the coded membership")
        .containsPattern("transactions +\\S+ +0\\.22 +13\\.4286  share")
        .contains("data for 'trade': dots-mini.csv (dots, X_FOB)");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
  }

  /** A made-up organisation and a codebook of its own with its own recipe and anchors: recipes are data. */
  @Test void aUserCodebookBringsItsOwnRecipes() {
    JsonNode j = json(Cli.run("assess", "river-pact", "--lens", "river-lens", "--at", "2015-06-30", "--format", "json",
        "--no-bundled", "--cases", res("/fixtures/indicators/user"), "--flows-data", res("/fixtures/indicators/dots-mini.csv")));
    // URY joins on 2 July 2015, so the group of 2015 is ARG, BRA, PRY: intra 34 of 320 = 10.625 %;
    // anchors 10 / 25 / 40: log odds = ln(19) * (10.625 - 25) / (25 - 10) = -2.821754 -> 0.056160
    JsonNode t = criterion(j, "trade_ties").get("indicator");
    assertThat(t.get("raw").asDouble()).isCloseTo(10.625, within(1e-12));
    assertThat(t.get("membership").asDouble()).isCloseTo(1 / (1 + Math.exp(Math.log(19) * 14.375 / 15)), within(1e-12));
    assertThat(t.get("membership").asDouble()).isCloseTo(0.05615988756557345, within(1e-12));
    assertThat(criterion(j, "trade_ties").get("membership").asDouble()).isEqualTo(0.67);
    assertThat(criterion(j, "people_ties").get("indicator").get("reason").asText()).contains("migration");
    assertThat(criterion(j, "goodwill").has("indicator")).isFalse();
  }

  @Test void badDataOptionsAreExitTwo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Cli r = Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--flows-data", tmp.resolve("none.csv").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--flows-data").contains("no such file");
    r = Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--flows-data", res("/fixtures/indicators/dots-mini.csv"),
        "--flows-format", "xls");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --flows-format 'xls'").contains("dots");
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "reporter,partner,flow,year,value\nArgentina,Brazil,X_FOB,2015,abc\n");
    r = Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--flows-data", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("integra: ").doesNotContain("Exception");
  }

  /** The real shared DOTS file: MERCOSUR-5 2015 share 13.53 % (shared/spec/flows-reference.md §1). */
  @Test void realDotsFile() {
    Path dots = io.integra.cli.TestData.dots();
    JsonNode j = json(Cli.run("assess", "mercosur", "--lens", "deutsch-1957", "--at", "2015-06-30", "--format", "json",
        "--flows-data", dots.toString()));
    JsonNode t = criterion(j, "transactions").get("indicator");
    assertThat(t.get("raw").asDouble()).isCloseTo(13.53, within(0.006));
    double v = t.get("raw").asDouble();
    assertThat(t.get("membership").asDouble()).isCloseTo(1 / (1 + Math.exp(-Math.log(19) * (v - 20) / 15)), within(1e-12));
  }
}
