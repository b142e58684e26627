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

  static void print(PrintWriter out, WorkspaceInfo i, FormatOption format) {
    if (format.json()) {
      out.println(Json.write(io.integra.casebase.json.JsonViews.ordered("location", i.location(), "kind", i.kind(), "schema", i.schema(),
          "cases", i.cases(), "codings", i.codings(), "sources", i.sources(), "revisions", i.revisions(),
          "last_change", i.lastChange() == null ? null : i.lastChange().toString(), "seeded_from", i.seededFrom(),
          "seeded_at", i.seededAt() == null ? null : i.seededAt().toString(), "bundled_hash", i.bundledHash(), "bundled_newer", i.bundledNewer())));
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

    @Override public void run() { print(spec.commandLine().getOut(), ws.with(w -> w.info()), format); }
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
