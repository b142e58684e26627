package io.integra.cli.workspace;

import io.integra.cli.Json;
import io.integra.cli.OutputFormat;
import io.integra.cli.Text;
import io.integra.storage.workspace.HistoryEntry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true, description = "Every recorded change of a case and its codings: who, when, what, why.")
public final class HistoryCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption ws;
  @Parameters(index = "0", paramLabel = "CASE") String caseId;
  @Option(names = "--at", paramLabel = "TIME", converter = Timestamps.class, description = "Only changes up to this time (ISO instant, UTC date-time or date).") Instant at;
  @Option(names = "--format", defaultValue = "text", description = "text or json; json includes before and after (default: ${DEFAULT-VALUE}).") OutputFormat format;

  @Override public void run() {
    List<HistoryEntry> entries = ws.with(w -> {
      if (w.findCase(caseId).isEmpty() && w.history(caseId).isEmpty()) {
        throw new io.integra.storage.workspace.InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + String.join(", ", w.caseIds()));
      }
      return at == null ? w.history(caseId) : w.history(caseId, at);
    });
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(Json.write(entries.stream().map(h -> io.integra.casebase.json.JsonViews.ordered("revision", h.revision(), "at", h.at().toString(),
          "actor", h.actor(), "action", h.action(), "entity", h.entity(), "case", h.caseId(), "key", h.entityKey(), "note", h.note(),
          "before", h.before(), "after", h.after())).toList()));
      out.flush();
      return;
    }
    for (HistoryEntry h : entries) {
      out.println(String.format("#%-6d %s  %-9s %-8s %s", h.revision(), h.at(), h.action(), h.entity(), Text.cut(h.entityKey(), 40)));
      out.println("        by " + Text.cut(h.actor(), 30) + ": " + Text.cut(h.note(), 60));
    }
    out.println(entries.size() + " change" + (entries.size() == 1 ? "" : "s") + (at == null ? "" : " up to " + at));
    out.flush();
  }
}
