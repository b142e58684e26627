package io.integra.casebase.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Problem;
import io.integra.core.codebook.Codebook;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.UncodedMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessReaderTest {
  static final Codebook CB = CaseBaseLoader.bundledCodebook();

  @Test void everyKeyIsRead() {
    RobustnessSpec s = RobustnessReader.read("r.yaml", """
        robustness:
          scale_steps: 2
          continuous_step: 0.05
          coders: false
          bands: [0.1, 0.2]
          uncoded: scale
          uncoded_scale: six-value
          exhaustive_limit: 1000
          samples: 500
          seed: 7
          flips: {max_size: 2, max_sets: 5}
          qca: {incl_cut: [0.8, 0.9], pri_cut: 0.5, n_cut: [1, 3]}
          anchors:
            - {criterion: transactions, exclusion: [0.1], crossover: [0.2, 0.3], inclusion: 0.5}
        """, CB);
    assertThat(s.scaleSteps()).isEqualTo(2);
    assertThat(s.continuousStep()).isEqualTo(0.05);
    assertThat(s.coders()).isFalse();
    assertThat(s.bands()).containsExactly(0.1, 0.2);
    assertThat(s.uncoded()).isEqualTo(UncodedMode.SCALE);
    assertThat(s.uncodedScale()).isEqualTo("six-value");
    assertThat(s.exhaustiveLimit()).isEqualTo(1000);
    assertThat(s.samples()).isEqualTo(500);
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.flipMaxSize()).isEqualTo(2);
    assertThat(s.flipMaxSets()).isEqualTo(5);
    assertThat(s.inclCuts()).containsExactly(0.8, 0.9);
    assertThat(s.priCuts()).containsExactly(0.5);
    assertThat(s.nCuts()).containsExactly(1, 3);
    assertThat(s.anchors()).hasSize(1);
    assertThat(s.anchors().get(0).crossover()).containsExactly(0.2, 0.3);
  }

  @Test void absentSectionGivesTheDefaults() {
    assertThat(RobustnessReader.read("c.yaml", "id: x\n", CB)).isEqualTo(RobustnessSpec.DEFAULT);
  }

  @Test void everyProblemIsReportedWithItsPlace() {
    assertThatThrownBy(() -> RobustnessReader.read("r.yaml", """
        robustness:
          scale_step: 1
          bands: [0.6]
          uncoded_scale: nine-value
          anchors:
            - {criterion: nowhere, exclusion: [3], crossover: [2], inclusion: [2]}
        """, CB))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          List<String> where = e.problems().stream().map(Problem::format).toList();
          assertThat(where).anySatisfy(p -> assertThat(p).startsWith("r.yaml:2:").contains("unknown key 'scale_step'"));
          assertThat(where).anySatisfy(p -> assertThat(p).startsWith("r.yaml:3:").contains("out of range"));
          assertThat(where).anySatisfy(p -> assertThat(p).startsWith("r.yaml:4:").contains("unknown scale"));
          assertThat(where).anySatisfy(p -> assertThat(p).contains("unknown criterion 'nowhere'"));
          assertThat(where).anySatisfy(p -> assertThat(p).contains("no combination of the anchors is ordered"));
        });
  }

  @Test void theCodebookAcceptsARobustnessSection() throws Exception {
    String text;
    try (var in = CaseBaseLoader.class.getResourceAsStream("/io/integra/casebase/data/codebook.yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String with = text + "\nrobustness:\n  bands: [0.1]\n";
    io.integra.casebase.yaml.Problems problems = new io.integra.casebase.yaml.Problems();
    assertThat(io.integra.casebase.CodebookReader.read("codebook.yaml", with, problems)).isNotNull();
    assertThat(problems.isEmpty()).isTrue();
    assertThat(RobustnessReader.hasSection(with)).isTrue();
    assertThat(RobustnessReader.read("codebook.yaml", with, CB).bands()).containsExactly(0.1);
  }
}
