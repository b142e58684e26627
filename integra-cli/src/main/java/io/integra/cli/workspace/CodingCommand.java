package io.integra.cli.workspace;

import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "coding", mixinStandardHelpOptions = true, description = "The codings of a case through a lens, now (with versions) or as they stood at --as-of.")
public final class CodingCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption ws;
  @Parameters(index = "0", paramLabel = "CASE") String caseId;
  @Option(names = "--lens", required = true) String lens;
  @Option(names = "--as-of", paramLabel = "TIME", converter = Timestamps.class, description = "Show them as they stood then (ISO instant, UTC date-time or date).") Instant asOf;
  @Mixin FormatOption format;

  @Override public void run() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> views = ws.with(w -> {
      if (w.findCase(caseId).isEmpty()) throw new io.integra.storage.workspace.InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + String.join(", ", w.caseIds()));
      if (w.codebook().lens(lens).isEmpty()) throw new io.integra.storage.workspace.InvalidEditException("unknown lens '" + lens + "'; expected one of " + String.join(", ", w.codebook().lensIds()));
      if (asOf != null) return w.codingsAsOf(caseId, lens, asOf).stream().map(CodingView::of).toList();
      return w.codings(caseId).stream().filter(s -> s.coding().lens().equals(lens)).map(CodingView::of).toList();
    });
    if (format.json()) {
      out.println(Json.write(views));
      out.flush();
      return;
    }
    if (views.isEmpty()) Text.wrap("no codings of " + caseId + " through " + lens + (asOf == null ? "" : " at " + asOf), "", Text.WIDTH).forEach(out::println);
    for (Map<String, Object> v : views) {
      Text.wrap(v.get("coder") + "  " + v.get("from") + " – " + (v.get("to") == null ? "open" : v.get("to")) + "  scale " + v.get("scale")
          + (v.containsKey("version") ? "  version " + v.get("version") : ""), "", Text.WIDTH).forEach(out::println);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cs = (List<Map<String, Object>>) v.get("criteria");
      for (Map<String, Object> c : cs) {
        out.println(String.format("  %-34s %5s  %s", Text.cut((String) c.get("criterion"), 34), Text.num((Double) c.get("score")), Text.cut((String) c.get("rationale"), 36)));
      }
    }
    out.flush();
  }

}
