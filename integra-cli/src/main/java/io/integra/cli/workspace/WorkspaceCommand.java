package io.integra.cli.workspace;

import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.storage.workspace.WorkspaceInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "workspace", mixinStandardHelpOptions = true,
    description = "The workspace: the team's database of cases and codings (SQLite file or PostgreSQL).",
    subcommands = {WorkspaceCommand.Info.class, WorkspaceCommand.Init.class, PrimaryCommand.class})
public final class WorkspaceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  static java.util.Map<String, Object> infoJson(WorkspaceInfo i) {
    return new java.util.LinkedHashMap<>(io.integra.casebase.json.JsonViews.ordered("location", i.location(), "kind", i.kind(), "schema", i.schema(),
          "cases", i.cases(), "codings", i.codings(), "sources", i.sources(), "revisions", i.revisions(),
          "last_change", i.lastChange() == null ? null : i.lastChange().toString(), "seeded_from", i.seededFrom(),
          "seeded_at", i.seededAt() == null ? null : i.seededAt().toString(), "bundled_hash", i.bundledHash(), "bundled_newer", i.bundledNewer()));
  }

  static void print(PrintWriter out, WorkspaceInfo i, FormatOption format) {
    if (format.json()) {
      out.println(Json.write(infoJson(i)));
      out.flush();
      return;
    }
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
  static final class Info implements Runnable {
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption ws;
    @Mixin FormatOption format;

    @Override public void run() {
      String[] primary = new String[1];
      WorkspaceInfo info = ws.with(w -> {
        primary[0] = w.primaryCoder();
        return w.info();
      });
      PrintWriter out = spec.commandLine().getOut();
      if (format.json()) {
        // the info fields, then whose coding decides (DecidingCoding)
        java.util.Map<String, Object> m = infoJson(info);
        m.put("primary_coder", primary[0]);
        out.println(Json.write(m));
        out.flush();
        return;
      }
      print(out, info, format);
      out.println("primary     " + (primary[0] == null ? "none" : primary[0].replace(",", ", ")) + " (whose coding decides unless reconciled; integra workspace primary)");
      out.flush();
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Create a workspace: seeded from the bundled case base, or empty (--empty) to import a package into.")
  static final class Init implements Runnable {
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption ws;
    @Option(names = "--empty", description = "Create it empty (no codebook, no cases).") boolean empty;
    @Mixin FormatOption format;

    @Override public void run() { print(spec.commandLine().getOut(), ws.with(!empty, w -> w.info()), format); }
  }
}
