package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.storage.workspace.WorkspaceInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "workspace", mixinStandardHelpOptions = true,
    description = "The workspace: the team's database of cases and codings (SQLite file or PostgreSQL).",
    subcommands = {WorkspaceCommand.Info.class, WorkspaceCommand.Init.class, PrimaryCommand.class})
public final class WorkspaceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  /** {@code workspace info|init --format json}: what the workspace is and holds. */
  @JsonPropertyOrder({"location", "kind", "schema", "cases", "codings", "sources", "revisions", "last_change", "seeded_from", "seeded_at",
      "bundled_hash", "bundled_newer"})
  record InfoJson(String location, String kind, String schema, int cases, int codings, int sources, long revisions,
                  @JsonProperty("last_change") String lastChange, @JsonProperty("seeded_from") String seededFrom,
                  @JsonProperty("seeded_at") String seededAt, @JsonProperty("bundled_hash") String bundledHash,
                  @JsonProperty("bundled_newer") boolean bundledNewer) {
    static InfoJson of(WorkspaceInfo i) {
      return new InfoJson(i.location(), i.kind(), i.schema(), i.cases(), i.codings(), i.sources(), i.revisions(),
          i.lastChange() == null ? null : i.lastChange().toString(), i.seededFrom(),
          i.seededAt() == null ? null : i.seededAt().toString(), i.bundledHash(), i.bundledNewer());
    }
  }

  /** {@code workspace info}: the info, then whose coding decides (DecidingCoding). */
  record InfoWithPrimary(@JsonUnwrapped InfoJson info, @JsonProperty("primary_coder") String primaryCoder) { }

  static void print(WorkspaceIo ws, WorkspaceInfo i) {
    if (ws.json()) {
      ws.printJson(InfoJson.of(i));
      return;
    }
    PrintWriter out = ws.out();
    out.println("workspace   " + i.location());
    out.println("kind        " + i.kind() + " (schema " + i.schema() + ")");
    out.println("holds       " + i.cases() + " cases, " + i.codings() + " codings, " + i.sources() + " sources");
    out.println("changes     " + i.revisions() + (i.lastChange() == null ? "" : ", last at " + i.lastChange()));
    out.println("seeded      " + (i.seededFrom() == null ? "no (imported or empty)" : "from bundled " + i.seededFrom().substring(0, Math.min(19, i.seededFrom().length())) + "... at " + i.seededAt()));
    if (i.bundledNewer()) {
      out.println("note        this program's bundled case base differs from the one the workspace");
      out.println("            was seeded from (" + i.bundledHash().substring(0, 19) + "...); the workspace was not");
      out.println("            changed. Compare with 'integra export' before adopting it.");
    }
    out.flush();
  }

  @Command(name = "info", mixinStandardHelpOptions = true, description = "Where the workspace is and what it holds.")
  static final class Info extends WorkspaceSubcommand {

    @Override public void run() {
      String[] primary = new String[1];
      WorkspaceInfo info = ws.with(w -> {
        primary[0] = w.primaryCoder();
        return w.info();
      });
      if (ws.json()) {
        ws.printJson(new InfoWithPrimary(InfoJson.of(info), primary[0]));
        return;
      }
      print(ws, info);
      PrintWriter out = ws.out();
      out.println("primary     " + (primary[0] == null ? "none" : primary[0].replace(",", ", ")) + " (whose coding decides unless reconciled; integra workspace primary)");
      out.flush();
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Create a workspace: seeded from the bundled case base, or empty (--empty) to import a package into.")
  static final class Init extends WorkspaceSubcommand {
    @Option(names = "--empty", description = "Create it empty (no codebook, no cases).") boolean empty;

    @Override public void run() { print(ws, ws.with(!empty, w -> w.info())); }
  }
}
