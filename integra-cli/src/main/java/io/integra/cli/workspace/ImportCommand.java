package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.storage.exchange.ReplicationPackage;
import io.integra.storage.workspace.ChangeNote;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Read a replication package into an empty workspace.",
        "The package is a folder written by 'integra export'; a new --workspace file is created empty.",
        "Everything is validated first; nothing is written when anything is wrong."})
public final class ImportCommand extends WorkspaceSubcommand {
  @Parameters(index = "0", paramLabel = "DIR") Path dir;
  @Option(names = "--actor", defaultValue = "${sys:user.name}", description = "Who imports (default: ${DEFAULT-VALUE}).") String actor;
  @Option(names = "--note", defaultValue = "imported a replication package", description = "Why (kept in the history).") String note;

  /** {@code import --format json}: where, from which package, and how much was imported. */
  record Imported(String workspace, @JsonProperty("package") String packageDir, int cases, int codings, int sources) { }

  @Override public void run() {
    // The package is read and validated before the workspace is opened, so a bad package does not
    // leave a new, empty workspace file behind.
    ReplicationPackage.Contents c = ReplicationPackage.read(dir);
    ChangeNote why = new ChangeNote(actor, note + " (" + dir + ")");
    ws.with(false, w -> {
      w.importCaseBase(c.caseBase(), c.codebookText(), why);
      return c;
    });
    int codings = c.caseBase().cases().stream().mapToInt(k -> k.codings().size()).sum();
    if (ws.json()) {
      ws.printJson(new Imported(ws.target(), dir.toString(), c.caseBase().cases().size(), codings, c.caseBase().bibliography().size()));
      return;
    }
    PrintWriter out = ws.out();
    out.println("imported " + c.caseBase().cases().size() + " cases, " + codings + " codings and " + c.caseBase().bibliography().size() + " sources into " + ws.target());
    out.flush();
  }
}
