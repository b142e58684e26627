package io.integra.casebase.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Input that failed validation; carries every problem found. Commands print them and exit with status 2. */
public final class InvalidInputException extends RuntimeException {
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(Location at, String message, String expected) {
    return new InvalidInputException(List.of(new Problem(at, message, expected)));
  }

  public List<Problem> problems() { return problems; }
}
