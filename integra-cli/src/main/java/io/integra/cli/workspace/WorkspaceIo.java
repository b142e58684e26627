package io.integra.cli.workspace;

import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.storage.workspace.Workspace;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the workspace commands that print data share: {@code --workspace} ({@link WorkspaceOption}),
 * {@code --format text|json} ({@link FormatOption}) and the command's output.
 */
public final class WorkspaceIo {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;
  @Mixin WorkspaceOption workspace;
  @Mixin FormatOption format;

  /** Runs {@code work} on the workspace (seeded when new); refusals become exit status 2. */
  <T> T with(Function<Workspace, T> work) { return workspace.with(work); }

  <T> T with(boolean seed, Function<Workspace, T> work) { return workspace.with(seed, work); }

  String target() { return workspace.target(); }

  boolean json() { return format.json(); }

  FormatOption format() { return format; }

  PrintWriter out() { return mixee.commandLine().getOut(); }

  /** Prints {@code value} as JSON (the command's --format json output). */
  void printJson(Object value) {
    PrintWriter out = out();
    out.println(Json.write(value));
    out.flush();
  }
}
