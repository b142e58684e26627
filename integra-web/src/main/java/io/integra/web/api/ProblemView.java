package io.integra.web.api;

import io.integra.casebase.yaml.Problem;
import java.util.List;

/** A problem in a coding's YAML: line, column, what is wrong, what was expected, and the whole as one line. */
public record ProblemView(int line, int column, String message, String expected, String text) {
  public static ProblemView of(Problem p) {
    return new ProblemView(p.location().line(), p.location().column(), p.message(), p.expected(), p.format());
  }

  /** {@code /api/codings/validate}: {@code {valid, problems}}. */
  public record Validation(boolean valid, List<ProblemView> problems) { }
}
