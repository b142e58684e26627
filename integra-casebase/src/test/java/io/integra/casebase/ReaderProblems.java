package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.yaml.Problem;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Source;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/** The problems the case reader finds in a case file, against the bundled codebook and bibliography. */
final class ReaderProblems {
  private ReaderProblems() { }

  /** Every problem of {@code text} read as case file {@code file}, formatted and in the order {@code integra validate} prints them. */
  static List<String> of(String file, String text) {
    CaseBase bundled = CaseBaseLoader.bundled();
    Problems problems = new Problems();
    var keys = bundled.bibliography().stream().map(Source::key).collect(Collectors.toSet());
    assertThat(new CaseReader(bundled.codebook(), keys, problems).read(file, text, new HashMap<>())).as("a case with problems is not read").isNull();
    return problems.sorted().stream().map(Problem::format).toList();
  }
}
