package io.integra.cli;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.write.BibliographyWriter;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.InvalidInputException;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceException;
import io.integra.storage.workspace.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command reads its cases from: the workspace (the default one, created and seeded from
 * the bundled case base on first use, or the one named by {@code --workspace}), plus any case
 * files or folders given with {@code --cases} (read, never written to the workspace).
 */
public class CaseBaseOptions {
  private static final String WORKSPACE_CASE = "workspace case ";

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--workspace", paramLabel = "PATH|JDBC-URL",
      description = "The workspace to read: an SQLite file or jdbc:postgresql://... (default: $INTEGRA_WORKSPACE, else ~/.integra/workspace.db).")
  public String workspace;

  @Option(names = "--cases", paramLabel = "PATH", description = "A case file or case-base folder to add (repeatable).")
  public List<Path> cases = new ArrayList<>();

  @Option(names = "--no-bundled", description = "Leave out the workspace's cases: read only the --cases files (with their codebook.yaml, else the bundled codebook).")
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
          .map(c -> new CaseBaseLoader.Input(WORKSPACE_CASE + c.id(), CaseWriter.write(c))).toList();
      try {
        CaseBase merged = CaseBaseLoader.loadOnto(new CaseBaseLoader.Input("workspace codebook", ws.codebookText()),
            List.of(new CaseBaseLoader.Input("workspace bibliography", BibliographyWriter.write(base.bibliography()))), baseCases, cases);
        // the workspace's cases keep its primary coder (DecidingCoding); the --cases files have none (file order)
        String primary = ws.primaryCoder();
        return new CaseBase(merged.codebook(), merged.cases().stream()
            .map(c -> base.find(c.id()).isPresent() ? c.withPrimaryCoder(primary) : c).toList(), merged.bibliography());
      } catch (InvalidInputException e) {
        // A --cases folder with a codebook of its own (docs/case-format.md) whose lenses or scales
        // the workspace's cases do not use: those cases cannot be read under it, so the command
        // reads the --cases files alone (as with --no-bundled) and says so, instead of failing on
        // cases the user did not ask about. Problems in the user's own files are still reported.
        if (e.problems().isEmpty() || !e.problems().stream().allMatch(p -> p.location().file().startsWith(WORKSPACE_CASE))) throw e;
        CaseBase own = CaseBaseLoader.load(cases, false);
        if (mixee != null) {
          mixee.commandLine().getErr().println("integra: note: the workspace's cases are left out: they do not fit the codebook given with --cases ("
              + e.problems().get(0).format() + "); --no-bundled says this explicitly");
        }
        return own;
      }
    } catch (WorkspaceException e) {
      throw new CliException(e.getMessage());
    }
  }

  public static IntegrationCase find(CaseBase base, String id) {
    return base.find(id).orElseThrow(() -> new CliException("unknown case '" + id + "'; known cases: "
        + String.join(", ", base.cases().stream().map(IntegrationCase::id).toList())));
  }
}
