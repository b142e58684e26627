package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.yaml.Problem;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Source;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The case reader reports the problems of codings ({@code core/cases/CodingRules}) at the place of
 * each value, with the words it used before the rules moved to the core: the expected lines of the
 * first test are the output of {@code integra validate} on this file before the move (commit ac8975f).
 */
class CodingProblemsTest {
  private static final String FILE = String.join("\n",
      "id: many",
      "name: \"Many problems\"",
      "founding: {name: \"Treaty\", signed: 2000-01-01, sources: [thesis]}",
      "members:",
      "  - iso3: AAA",
      "    spells: [{from: 2000-01-01}]",
      "codings:",
      "  - lens: deutsch-1957",
      "    coder: zoe",
      "    from: 2001-01-01",
      "    to: 2000-01-01",
      "    scale: four-value",
      "    criteria:",
      "      values: {score: 1.50, evidence: [{source: nokey, locator: \"p. 1\", objectives: [3]}]}",
      "      valuez: {score: 1}",
      "      way_of_life: \"text\"",
      "      power: {score: 0.5, evidence: [{locator: \"p. 2\"}, {source: thesis}]}",
      "  - lens: buen-vivir",
      "    from: 2001-01-01",
      "    scale: four-value",
      "    criteria:",
      "      values: {score: 2.0, evidence: [{source: thesis, locator: x, objectives: [1, 13]}]}",
      "  - lens: buen-vivir",
      "    from: 2002-01-01",
      "    to: 2003-01-01",
      "    scale: nine",
      "    criteria:",
      "      values: {evidence: [{source: nokey2, locator: x}]}",
      "  - lens: nolens",
      "    from: 2002-01-01",
      "    scale: four-value",
      "    criteria:",
      "      a: {score: 0.3, evidence: [{source: thesis, locator: x, objectives: [1]}]}", "");

  @Test
  void everyProblemOfTheCodingsAtItsPlaceInTheWordsOfBefore() {
    assertThat(ReaderProblems.of("many.yaml", FILE)).containsExactly(
        "many.yaml:11:9: coding period ends (2000-01-01) before or on the day it starts (2001-01-01); expected 'to' after 'from'",
        "many.yaml:14:23: score 1.50 of 'values' is outside [0,1]; expected a membership score from 0 to 1",
        "many.yaml:14:49: source 'nokey' is not in the bibliography; expected a key defined in bibliography.yaml",
        "many.yaml:14:85: unknown objective 3 (lens 'deutsch-1957' defines no objectives); expected no objectives for this lens",
        "many.yaml:15:7: unknown criterion 'valuez' for lens 'deutsch-1957'; expected one of values, way_of_life, economic_expectations, political_capabilities, economic_growth, social_communication, elite_broadening, mobility, transactions, compensation_of_flows, group_roles, predictability, responsiveness, power, assimilation, foreign_threat, collective_security, participation_surge, ethnic_differentiation, economic_decline, elite_closure, reform_delay",
        "many.yaml:16:20: the coding of 'way_of_life' is a text ('text'); expected a mapping of keys to values",
        "many.yaml:17:22: score 0.5 of 'power' is not on scale 'four-value'; expected one of 0, 0.33, 0.67, 1",
        "many.yaml:17:38: missing 'source' in an evidence item; expected a value for 'source'",
        "many.yaml:17:57: missing 'locator' in an evidence item; expected a value for 'locator'",
        "many.yaml:22:23: score 2.0 of 'values' is outside [0,1]; expected a membership score from 0 to 1",
        "many.yaml:22:80: unknown objective 13; expected an objective number from 1 to 12",
        "many.yaml:23:5: coding period 2002-01-01 – 2003-01-01 of lens 'buen-vivir' by 'thesis' overlaps the one at line 18; expected periods of one lens and coder that do not overlap (to is the first day after)",
        "many.yaml:26:12: unknown scale 'nine'; expected one of four-value, six-value, crisp, continuous",
        "many.yaml:28:15: missing 'score' in the coding of 'values'; expected a number",
        "many.yaml:28:36: source 'nokey2' is not in the bibliography; expected a key defined in bibliography.yaml",
        "many.yaml:29:11: unknown lens 'nolens'; expected one of deutsch-1957, buen-vivir, liberal-intergovernmentalism",
        "many.yaml:33:18: score 0.3 of 'a' is not on scale 'four-value'; expected one of 0, 0.33, 0.67, 1",
        "many.yaml:33:75: unknown objective 1; expected no objectives for this lens");
  }

  @Test
  void oneCodingOnItsOwnIsCheckedByTheSameRules() {
    CaseBase bundled = CaseBaseLoader.bundled();
    Problems problems = new Problems();
    var keys = bundled.bibliography().stream().map(Source::key).collect(Collectors.toSet());
    String coding = String.join("\n", "lens: deutsch-1957", "from: 2001-01-01", "scale: four-value", "criteria:",
        "  values: {score: 0.5, evidence: [{source: nokey, locator: x}]}", "");
    assertThat(new CaseReader(bundled.codebook(), keys, problems).readCoding("coding", coding)).isNull();
    assertThat(problems.sorted().stream().map(Problem::format).toList()).containsExactly(
        "coding:5:19: score 0.5 of 'values' is not on scale 'four-value'; expected one of 0, 0.33, 0.67, 1",
        "coding:5:44: source 'nokey' is not in the bibliography; expected a key defined in bibliography.yaml");
    assertThat(new CaseReader(bundled.codebook(), keys, new Problems()).readCoding("coding", coding.replace("0.5", "0.67").replace("nokey", "thesis")))
        .isNotNull();
  }
}
