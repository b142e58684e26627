package io.integra.cli.casebase;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.yaml.Problem;
import io.integra.cli.ExitStatus;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check case files, codebooks, bibliographies or case-base folders.",
        "Every problem is reported as file:line:column; exit status 2 when any is found."})
public final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
  List<Path> paths;

  @Mixin FormatOption format;

  /** {@code validate --format json}: whether every path is valid, and each problem where it is. */
  record Validation(boolean valid, List<ProblemJson> problems) { }

  record ProblemJson(String file, int line, int column, String message, String expected) {
    static ProblemJson of(Problem p) {
      return new ProblemJson(p.location().file(), p.location().line(), p.location().column(), p.message(), p.expected());
    }
  }

  @Override public Integer call() {
    List<Problem> problems = CaseBaseLoader.validate(paths);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format.json()) {
      out.println(Json.write(new Validation(problems.isEmpty(), problems.stream().map(ProblemJson::of).toList())));
    } else if (problems.isEmpty()) {
      out.println("ok: " + paths.size() + " path" + (paths.size() == 1 ? "" : "s") + " valid");
    } else {
      problems.forEach(p -> err.println(p.format()));
      err.println("integra: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found");
    }
    out.flush();
    err.flush();
    return (problems.isEmpty() ? ExitStatus.OK : ExitStatus.BAD_INPUT).code();
  }
}
