package io.integra.cli.workspace;

import io.integra.cli.CliException;
import io.integra.cli.Dates;
import io.integra.core.cases.CriterionCoding;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.Reconciliation;
import io.integra.storage.workspace.StoredCoding;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = {"Record the reconciled coding of a case, lens and period.",
        "What the coders agreed after discussing their disagreements; stored as coder 'reconciled' and left",
        "out of agreement statistics."})
public final class ReconcileCommand extends WorkspaceSubcommand {
  @Mixin CodingChange change;
  @Option(names = "--period-to", paramLabel = "YYYY-MM-DD", converter = Dates.class) LocalDate to;
  @Option(names = "--coders", required = true, split = ",", description = "The coders whose codings are reconciled, e.g. ana,bo.") List<String> coders;
  @Option(names = "--score", required = true, paramLabel = "CRITERION=X", description = "A reconciled score (repeatable).") List<String> scores;
  @Option(names = "--rationale", required = true, description = "Why these scores were agreed.") String rationale;
  @Option(names = "--scale", description = "Scale (default: the first coder's).") String scale;
  @Option(names = "--expect-version", paramLabel = "N") Long expectVersion;
  @Option(names = "--actor", required = true, description = "Who records the reconciliation.") String actor;

  @Override public void run() {
    String caseId = change.caseId;
    String lens = change.lens;
    LocalDate from = change.from;
    String note = change.note;
    List<CriterionCoding> criteria = new ArrayList<>();
    for (String s : scores) {
      int eq = s.indexOf('=');
      if (eq <= 0) throw new CliException("--score '" + s + "' is not CRITERION=X");
      try {
        criteria.add(new CriterionCoding(s.substring(0, eq).trim(), Double.parseDouble(s.substring(eq + 1).trim()), rationale, List.of()));
      } catch (NumberFormatException e) {
        throw new CliException("--score '" + s + "': '" + s.substring(eq + 1) + "' is not a number; expected CRITERION=X with X in [0,1]");
      }
    }
    StoredCoding sc = ws.with(w -> w.reconcile(new Reconciliation(caseId, lens, from, to, scale, coders, rationale, criteria, expectVersion),
        new ChangeNote(actor, note)));
    if (ws.json()) {
      ws.printJson(CodingView.of(sc));
      return;
    }
    PrintWriter out = ws.out();
    out.println("reconciled " + sc.key().text() + " (" + criteria.size() + " criteria, version " + sc.version() + ")");
    out.flush();
  }
}
