package io.integra.cli.workspace;

import io.integra.cli.CliException;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceException;
import io.integra.storage.workspace.Workspaces;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --workspace PATH|JDBC-URL} for the commands that edit or inspect a workspace. */
public final class WorkspaceOption {
  @Option(names = "--workspace", paramLabel = "PATH|JDBC-URL",
      description = "An SQLite file or jdbc:postgresql://... (default: $INTEGRA_WORKSPACE, else ~/.integra/workspace.db).")
  String workspace;

  String target() { return workspace == null || workspace.isBlank() ? Workspaces.defaultTarget() : workspace; }

  /** Runs {@code work} on the workspace (seeded from the bundled case base when new); refusals become exit status 2. */
  <T> T with(Function<Workspace, T> work) { return with(true, work); }

  <T> T with(boolean seed, Function<Workspace, T> work) {
    try (Workspace ws = seed ? Workspaces.open(target()) : Workspaces.openEmpty(target())) {
      return work.apply(ws);
    } catch (WorkspaceException e) {
      throw new CliException(e.getMessage());
    }
  }
}
