package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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

  /** What changed in a coding snapshot: one line per criterion added, removed or re-scored (scores and rationales). */
  static List<String> codingDiff(String before, String after) {
    java.util.Map<String, String[]> b = criteria(before);
    java.util.Map<String, String[]> a = criteria(after);
    List<String> out = new java.util.ArrayList<>();
    if (after == null) {
      out.add("- coding deleted");
      return out;
    }
    for (java.util.Map.Entry<String, String[]> e : a.entrySet()) {
      String[] old = b.get(e.getKey());
      if (old == null) out.add("+ " + e.getKey() + " " + e.getValue()[0]);
      else if (!old[0].equals(e.getValue()[0])) out.add("~ " + e.getKey() + " " + old[0] + " -> " + e.getValue()[0]);
      else if (!java.util.Objects.equals(old[1], e.getValue()[1])) out.add("~ " + e.getKey() + " rationale changed");
    }
    for (String k : b.keySet()) if (!a.containsKey(k)) out.add("- " + k);
    return out;
  }

  private static java.util.Map<String, String[]> criteria(String json) {
    java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>();
    if (json == null) return m;
    try {
      for (com.fasterxml.jackson.databind.JsonNode c : io.integra.cli.Json.MAPPER.readTree(json).path("criteria")) {
        m.put(c.path("criterion").asText(), new String[] {Text.num(c.path("score").asDouble()), c.path("rationale").isNull() ? null : c.path("rationale").asText()});
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      m.put("(unreadable snapshot)", new String[] {"?", null});
    }
    return m;
  }

  /** {@code history --format json}: one recorded change, with the coding (or case) before and after in full. */
  @JsonPropertyOrder({"revision", "at", "actor", "action", "entity", "case", "key", "note", "before", "after"})
  record Change(long revision, String at, String actor, String action, String entity, @JsonProperty("case") String caseId,
                String key, String note, String before, String after) {
    static Change of(HistoryEntry h) {
      return new Change(h.revision(), h.at().toString(), h.actor(), h.action(), h.entity(), h.caseId(), h.entityKey(), h.note(), h.before(), h.after());
    }
  }

  @Override public void run() {
    List<HistoryEntry> entries = ws.with(w -> {
      if (w.findCase(caseId).isEmpty() && w.history(caseId).isEmpty()) {
        throw new io.integra.storage.workspace.InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + String.join(", ", w.caseIds()));
      }
      return at == null ? w.history(caseId) : w.history(caseId, at);
    });
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(Json.write(entries.stream().map(Change::of).toList()));
      out.flush();
      return;
    }
    for (HistoryEntry h : entries) {
      out.println(String.format("#%-6d %s %-9s %-8s %s", h.revision(), h.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), h.action(), h.entity(), Text.cut(h.entityKey(), 31)));
      out.println("        by " + Text.cut(h.actor(), 30) + ": " + Text.cut(h.note(), 60));
      if (h.entity().equals("coding")) for (String d : codingDiff(h.before(), h.after())) out.println("        " + Text.cut(d, 72));
    }
    out.println(entries.size() + " change" + (entries.size() == 1 ? "" : "s") + (at == null ? "" : " up to " + at));
    out.flush();
  }
}
