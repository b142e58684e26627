package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.Coding;
import io.integra.web.data.CodingForm;
import io.integra.web.data.CodingText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coding form as data: fields in, the whole coding of the period out, read by the case-file reader. */
class CodingFormTest {
  static final io.integra.core.cases.CaseBase BASE = CaseBaseLoader.load(List.of(TestServer.fixture()), false);

  private static CodingForm form(Map<String, List<String>> fields) {
    return CodingForm.read(k -> fields.containsKey(k) ? fields.get(k).get(0) : null, k -> fields.getOrDefault(k, List.of()));
  }

  @Test void replacesOneCriterionAndKeepsTheOthers() {
    Coding base = BASE.find("test-union").orElseThrow().codings().stream()
        .filter(k -> k.lens().equals("deutsch-1957") && k.coder().equals("thesis")).findFirst().orElseThrow();
    Map<String, List<String>> f = new HashMap<>();
    f.put("lens", List.of("deutsch-1957"));
    f.put("coder", List.of("thesis"));
    f.put("from", List.of(base.from().toString()));
    f.put("criterion", List.of("responsiveness"));
    f.put("score", List.of("0.33"));
    f.put("rationale", List.of("  less responsive: \"quotes\", colons and # hashes stay text  "));
    f.put("ev-0-source", List.of("thesis"));
    f.put("ev-0-locator", List.of("§4.5"));
    f.put("ev-0-objective", List.of("not-a-number"));   // not a value the page writes: ignored
    f.put("ev-1-source", List.of(""));   // a blank row is dropped
    f.put("ev-1-locator", List.of(" "));
    CodingForm form = form(f);
    assertThat(form.evidence()).hasSize(1);
    CodingText.Read read = CodingText.read(BASE, "coding", form.yaml(base));
    assertThat(read.problems()).isEmpty();
    Coding out = read.coding();
    assertThat(out.criterion("responsiveness").orElseThrow().score()).isEqualTo(0.33);
    assertThat(out.criterion("responsiveness").orElseThrow().rationale()).isEqualTo("less responsive: \"quotes\", colons and # hashes stay text");
    assertThat(out.criterion("responsiveness").orElseThrow().evidence().get(0).objectives()).isEmpty();
    assertThat(out.criterion("responsiveness").orElseThrow().evidence().get(0).locator()).isEqualTo("§4.5");
    // every other criterion of the period is kept as it was
    for (var cc : base.criteria()) {
      if (!cc.criterion().equals("responsiveness")) assertThat(out.criterion(cc.criterion()).orElseThrow().score()).isEqualTo(cc.score());
    }
    assertThat(out.from()).isEqualTo(base.from());
    assertThat(out.to()).isEqualTo(base.to());
  }

  @Test void aNewPeriodAndAScoreOffTheScaleAreReadAsTheReaderSays() {
    Map<String, List<String>> f = new HashMap<>();
    f.put("lens", List.of("buen-vivir"));
    f.put("coder", List.of("ada"));
    f.put("from", List.of("2011-01-01"));
    f.put("to", List.of(""));
    f.put("scale", List.of("four-value"));
    f.put("criterion", List.of("mobility"));
    f.put("score", List.of("0.5"));
    CodingText.Read read = CodingText.read(BASE, "coding", form(f).yaml(null));
    assertThat(read.valid()).isFalse();
    assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("0.5").contains("mobility"));
    f.put("score", List.of("0.67"));
    f.put("ev-0-source", List.of("thesis"));
    f.put("ev-0-locator", List.of("§4.5.1.8"));
    f.put("ev-0-objective", List.of("3", "7"));
    read = CodingText.read(BASE, "coding", form(f).yaml(null));
    assertThat(read.problems()).isEmpty();
    assertThat(read.coding().criterion("mobility").orElseThrow().evidence().get(0).objectives()).containsExactly(3, 7);
    assertThat(read.coding().to()).isNull();
    assertThat(read.coding().criteria()).hasSize(1);
  }
}
