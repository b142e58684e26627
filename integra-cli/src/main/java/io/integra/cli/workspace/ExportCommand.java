package io.integra.cli.workspace;

import io.integra.storage.exchange.ReplicationPackage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the workspace as a replication package into DIR.",
        "DIR must be new or empty. Files: codebook.yaml, bibliography.yaml, bibliography.bib, cases/ID.yaml and",
        "CITATION.cff. Deterministic: the same workspace gives the same bytes."})
public final class ExportCommand extends WorkspaceSubcommand {
  @Parameters(index = "0", paramLabel = "DIR") Path dir;

  /** {@code export --format json}: the package folder and its files (name to checksum). */
  record Exported(String dir, Map<String, String> files) { }

  @Override public void run() {
    Map<String, String> files = ws.with(w -> ReplicationPackage.export(w, dir));
    if (ws.json()) {
      ws.printJson(new Exported(dir.toString(), files));
      return;
    }
    PrintWriter out = ws.out();
    out.println("exported " + files.size() + " files to " + dir);
    out.flush();
  }
}
