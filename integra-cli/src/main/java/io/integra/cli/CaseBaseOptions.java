package io.integra.cli;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.write.BibliographyWriter;
import io.integra.casebase.write.CaseWriter;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceException;
import io.integra.storage.workspace.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a command reads its cases from: the workspace (the default one, created and seeded from
 * the bundled case base on first use, or the one named by {@code --workspace}), plus any case
 * files or folders given with {@code --cases} (read, never written to the workspace).
 */
public class CaseBaseOptions {
  @Option(names = "--workspace", paramLabel = "PATH|JDBC-URL",
      description = "The workspace to read: an SQLite file or jdbc:postgresql://... (default: $INTEGRA_WORKSPACE, else ~/.integra/workspace.db).")
  public String workspace;

  @Option(names = "--cases", paramLabel = "PATH", description = "A case file or case-base folder to add (repeatable).")
  public List<Path> cases = new ArrayList<>();

  @Option(names = "--no-bundled", description = "Leave out the workspace's cases: read only the --cases files (with the bundled codebook).")
  public boolean noBundled;

  /** The workspace this command reads: {@code --workspace} or the default. */
  public String workspaceTarget() { return workspace == null || workspace.isBlank() ? Workspaces.defaultTarget() : workspace; }

  /** Opens the workspace (seeding a new one from the bundled case base); failures become {@link CliException}. */
  public Workspace openWorkspace() {
    try {
      return Workspaces.open(workspaceTarget());
    } catch (WorkspaceException e) {
      throw new CliException(e.getMessage());
    }
  }

  public CaseBase load() {
    if (noBundled) return CaseBaseLoader.load(cases, false);
    try (Workspace ws = openWorkspace()) {
      CaseBase base = ws.caseBase();
      if (base == null) throw new CliException("the workspace " + workspaceTarget() + " is empty (no codebook); import a package into it or use another workspace");
      if (cases.isEmpty()) return base;
      List<CaseBaseLoader.Input> baseCases = base.cases().stream()
          .map(c -> new CaseBaseLoader.Input("workspace case " + c.id(), CaseWriter.write(c))).toList();
      return CaseBaseLoader.loadOnto(new CaseBaseLoader.Input("workspace codebook", ws.codebookText()),
          List.of(new CaseBaseLoader.Input("workspace bibliography", BibliographyWriter.write(base.bibliography()))), baseCases, cases);
    } catch (WorkspaceException e) {
      throw new CliException(e.getMessage());
    }
  }

  public static IntegrationCase find(CaseBase base, String id) {
    return base.find(id).orElseThrow(() -> new CliException("unknown case '" + id + "'; known cases: "
        + String.join(", ", base.cases().stream().map(IntegrationCase::id).toList())));
  }
}
