package io.integra.cli.workspace;

import io.integra.cli.CliException;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.HistoryEntry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code integra workspace primary [CODER]}: shows or sets the workspace's primary coder, whose
 * coding decides a case's reading when no reconciled coding holds (DecidingCoding).
 */
@Command(name = "primary", mixinStandardHelpOptions = true,
    description = {"Show or set the primary coder: whose coding decides a case's verdict when no reconciled coding holds.",
        "Default: the coder of the bundled thesis codings. Other coders' codings are shown beside it and used by",
        "agreement; they decide only once reconciled or their coder is made primary. The change is recorded with --note."})
public final class PrimaryCommand extends WorkspaceSubcommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CODER", description = "The coder to make primary (omit to show the current one).") String coder;
  @Option(names = "--note", description = "Why the change is made (required when setting; kept in the history).") String note;
  @Option(names = "--actor", description = "Who makes the change (default: the new primary coder).") String actor;

  /** {@code workspace primary --format json}: the primary coder and the history of its changes. */
  record PrimaryJson(String primaryCoder, List<Change> history) { }

  record Change(long revision, String at, String actor, String before, String after, String note) { }

  @Override public void run() {
    if (coder != null && (note == null || note.isBlank())) throw new CliException("give --note: why " + coder + " becomes the primary coder (kept in the history)");
    record Shown(String primary, List<HistoryEntry> history) { }
    Shown shown = ws.with(w -> {
      if (coder != null) w.setPrimaryCoder(coder, new ChangeNote(actor == null ? coder : actor, note));
      return new Shown(w.primaryCoder(), w.settingsHistory());
    });
    if (ws.json()) {
      ws.printJson(new PrimaryJson(shown.primary(), shown.history().stream()
          .map(h -> new Change(h.revision(), h.at().toString(), h.actor(), h.before(), h.after(), h.note())).toList()));
      return;
    }
    PrintWriter out = ws.out();
    out.println("primary coder: " + (shown.primary() == null ? "none (the first coding in recording order decides)" : shown.primary().replace(",", ", ")));
    for (HistoryEntry h : shown.history()) {
      out.println("  " + h.at() + " " + h.actor() + ": " + shown(h.before()) + " -> " + shown(h.after()) + " (" + h.note() + ")");
    }
    out.flush();
  }

  /** Primary coders as stored (comma-separated, in order of precedence), for a reader. */
  private static String shown(String coders) { return coders == null ? "none" : coders.replace(",", ", "); }
}
