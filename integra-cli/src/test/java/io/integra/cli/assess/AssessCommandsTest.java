package io.integra.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assess, compare and timeline commands on a case folder written in the documented format (made-up organisations). */
class AssessCommandsTest {
  static String fixtures() {
    return TestData.fixture("assess-cli");
  }

  static Cli run(String... args) {
    return Cli.run(List.of("--cases", fixtures()), args);
  }

  @Test void assessJsonHasTheDocumentedShape() {
    Cli r = run("assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("case").asText()).isEqualTo("harbour-league");
    assertThat(j.get("lens").asText()).isEqualTo("deutsch-1957");
    assertThat(j.get("at").asText()).isEqualTo("2016-06-30");
    assertThat(j.get("members")).hasSize(3);
    JsonNode values = find(j.get("criteria"), "values");
    assertThat(values.get("membership").asDouble()).isEqualTo(0.67);
    assertThat(values.get("evidence")).hasSize(1);
    assertThat(find(j.get("criteria"), "power").get("membership").isNull()).isTrue();
    assertThat(j.get("outcomes").get("pluralistic").asDouble()).isEqualTo(0.67);
    assertThat(j.get("outcomes").get("disintegration").isNull()).isTrue();
    assertThat(j.get("outcomeIntervals").get(4).get("high").asDouble()).isEqualTo(1.0);
    assertThat(j.get("verdict").asText()).isEqualTo("pluralistic");
    assertThat(j.get("coupling").asText()).isEqualTo("loose");
    assertThat(j.get("amalgamationReadiness").isNull()).isTrue();
    assertThat(j.get("idealType").has("fit")).isTrue();
    assertThat(j.get("idealType").has("meanGap")).isTrue();
    assertThat(j.get("idealType").get("gaps").isArray()).isTrue();
    assertThat(j.get("dimensions").get("economic").get("stage").asText()).isEqualTo("customs-union");
    // the customs union implies the free trade area the case never records separately (§4.4.2.2)
    assertThat(j.get("dimensions").get("economic").get("outOfOrder")).isEmpty();
    assertThat(j.get("dimensions").get("political").get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("dimensions").get("social").get("reasons").isArray()).isTrue();
    assertThat(j.has("objectives")).isTrue();
    assertThat(j.get("disintegration").get("events").isArray()).isTrue();
  }

  @Test void buenVivirObjectivesAndLiStages() {
    JsonNode bv = run("assess", "harbour-league", "--lens", "buen-vivir", "--at", "2016-06-30", "--format", "json").json();
    assertThat(bv.get("objectives").get("supported").toString()).isEqualTo("[2,7]");
    assertThat(bv.get("objectives").get("objectives")).hasSize(12);
    JsonNode li = run("assess", "harbour-league", "--lens", "liberal-intergovernmentalism", "--at", "2016-06-30", "--format", "json").json();
    assertThat(li.get("verdict").asText()).isEqualTo("explained");
    assertThat(li.get("stages")).hasSize(3);
  }

  @Test void textFitsEightyColumns() {
    for (Cli r : List.of(
        run("assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30"),
        run("assess", "harbour-league", "--lens", "buen-vivir", "--at", "2016-06-30"),
        run("compare", "harbour-league", "harbour-league-east", "--lens", "deutsch-1957", "--at", "2016-06-30"),
        run("timeline", "harbour-league", "--lens", "deutsch-1957", "--to", "2020"))) {
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }
  }

  @Test void compareRanksAndSeparates() {
    JsonNode j = run("compare", "harbour-league-east", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--format", "json").json();
    assertThat(j.get("cases").toString()).isEqualTo("[\"harbour-league-east\",\"harbour-league\"]");
    assertThat(j.get("ranking").get(0).get("case").asText()).isEqualTo("harbour-league");
    assertThat(j.get("criteria").get(0).get("values").get("harbour-league").asDouble()).isEqualTo(0.67);
    JsonNode sep = j.get("separations").get(0);
    assertThat(sep.get("a").asText()).isEqualTo("harbour-league");
    assertThat(sep.get("differences").get(0).get("criterion").asText()).isEqualTo("values");
    assertThat(sep.get("differences").get(0).get("evidenceA")).hasSize(1);
  }

  @Test void timelineFindsTheCrossingAndItsCause() {
    JsonNode j = run("timeline", "harbour-league", "--lens", "deutsch-1957", "--from", "2001", "--to", "2016", "--format", "json").json();
    assertThat(j.get("points")).hasSize(16);
    JsonNode x = j.get("crossings").get(0);
    assertThat(x.get("outcome").asText()).isEqualTo("pluralistic");
    assertThat(x.get("to").asText()).isEqualTo("2006-06-30");
    assertThat(x.get("causes").get(0).get("kind").asText()).isEqualTo("coding");
    assertThat(j.get("verdictChanges").get(0).get("after").asText()).isEqualTo("pluralistic");
  }

  @Test void coderOption() {
    Cli other = run("assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-06-30", "--coder", "second-reader", "--format", "json");
    assertThat(other.status()).as(other.err()).isZero();
    assertThat(other.json().get("verdict").asText()).isEqualTo("none");
    Cli bad = run("assess", "harbour-league", "--lens", "deutsch-1957", "--coder", "nobody");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("coder 'nobody'").contains("second-reader");
  }

  @Test void badInputExitsTwoWithAMessage() {
    Cli unknownCase = run("assess", "no-such-org", "--lens", "deutsch-1957");
    assertThat(unknownCase.status()).isEqualTo(2);
    assertThat(unknownCase.err()).startsWith("integra: unknown case 'no-such-org'").doesNotContain("Exception");
    Cli unknownLens = run("compare", "harbour-league", "--lens", "nope");
    assertThat(unknownLens.status()).isEqualTo(2);
    assertThat(unknownLens.err()).contains("unknown lens 'nope'").contains("deutsch-1957");
    Cli badDate = run("assess", "harbour-league", "--lens", "deutsch-1957", "--at", "2016-13-45");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("not a date");
    Cli badYears = run("timeline", "harbour-league", "--lens", "deutsch-1957", "--from", "2010", "--to", "2001");
    assertThat(badYears.status()).isEqualTo(2);
    assertThat(badYears.err()).contains("before --from");
    assertThat(badYears.out()).isEmpty();
  }

  private static JsonNode find(JsonNode array, String id) {
    for (JsonNode n : array) if (n.get("id").asText().equals(id)) return n;
    throw new AssertionError("no " + id + " in " + array);
  }
}
