package io.integra.cli.workspace;

import io.integra.cli.Text;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "coding", mixinStandardHelpOptions = true, description = "The codings of a case through a lens, now (with versions) or as they stood at --as-of.")
public final class CodingCommand extends WorkspaceSubcommand {
  @Parameters(index = "0", paramLabel = "CASE") String caseId;
  @Option(names = "--lens", required = true) String lens;
  @Option(names = "--as-of", paramLabel = "TIME", converter = Timestamps.class, description = "Show them as they stood then (ISO instant, UTC date-time or date).") Instant asOf;

  @Override public void run() {
    // as of a time: the codings alone; now: the stored codings with their versions
    List<CodingView.Stored> stored = new java.util.ArrayList<>();
    List<CodingView> views = ws.with(w -> {
      if (w.findCase(caseId).isEmpty()) throw new io.integra.storage.workspace.InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + String.join(", ", w.caseIds()));
      if (w.codebook().lens(lens).isEmpty()) throw new io.integra.storage.workspace.InvalidEditException("unknown lens '" + lens + "'; expected one of " + String.join(", ", w.codebook().lensIds()));
      if (asOf != null) return w.codingsAsOf(caseId, lens, asOf).stream().map(CodingView::of).toList();
      w.codings(caseId).stream().filter(s -> s.coding().lens().equals(lens)).map(CodingView.Stored::of).forEach(stored::add);
      return stored.stream().map(CodingView.Stored::coding).toList();
    });
    if (ws.json()) {
      ws.printJson(asOf != null ? views : stored);
      return;
    }
    PrintWriter out = ws.out();
    if (views.isEmpty()) Text.wrap("no codings of " + caseId + " through " + lens + (asOf == null ? "" : " at " + asOf), "", Text.WIDTH).forEach(out::println);
    for (int i = 0; i < views.size(); i++) {
      CodingView v = views.get(i);
      var h = v.head();
      Text.wrap(h.coder() + "  " + h.from() + " – " + (h.to() == null ? "open" : h.to()) + "  scale " + h.scale()
          + (asOf == null ? "  version " + stored.get(i).version() : ""), "", Text.WIDTH).forEach(out::println);
      for (CodingView.Criterion c : v.criteria()) {
        out.println(String.format("  %-34s %5s  %s", Text.cut(c.criterion(), 34), Text.num(c.score()), Text.cut(c.rationale(), 36)));
      }
    }
    out.flush();
  }

}
