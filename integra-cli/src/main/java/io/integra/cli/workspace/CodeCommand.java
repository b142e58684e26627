package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.cli.Text;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.CriterionEdit;
import io.integra.storage.workspace.StoredCoding;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Score one criterion of a case through a lens, as one coder.",
        "The coding is the coder's for the lens and the period starting --period-from; it is created if new",
        "(give --scale). Every change is recorded in the history with its --note."})
public final class CodeCommand extends WorkspaceSubcommand {
  @Mixin CodingChange change;
  @Option(names = "--coder", required = true) String coder;
  @Option(names = "--criterion", required = true) String criterion;
  @Option(names = "--score", required = true, description = "Membership score in [0,1], on the coding's scale.") double score;
  @Option(names = "--rationale", required = true) String rationale;
  @Option(names = "--scale", description = "The coding's scale (required for a new coding).") String scale;
  @Option(names = "--expect-version", paramLabel = "N", description = "The version you read; the change is refused if it changed since (0: must be new).") Long expectVersion;
  @Option(names = "--actor", description = "Who makes the change (default: the coder).") String actor;

  /** The stored coding, then whether it decides the case's reading (DecidingCoding) and why. */
  record Coded(@JsonUnwrapped CodingView.Stored stored, boolean decides, String decidingCoder, String decidingNote) { }

  @Override public void run() {
    String caseId = change.caseId;
    String lens = change.lens;
    LocalDate from = change.from;
    String note = change.note;
    String[] deciding = new String[2];
    StoredCoding sc = ws.with(w -> {
      StoredCoding done = w.code(new CriterionEdit(new CodingKey(caseId, lens, coder, from), scale, criterion, score, rationale, null, expectVersion),
          new ChangeNote(actor == null ? coder : actor, note));
      // which coding decides at the start of the period, now that this one is recorded (DecidingCoding)
      var c = w.findCase(caseId).orElseThrow();
      deciding[0] = c.codingAt(lens, from, null).map(io.integra.core.cases.Coding::coder).orElse(null);
      deciding[1] = w.primaryCoder() == null ? null : w.primaryCoder().replace(",", ", ");
      return done;
    });
    boolean decides = coder.equals(deciding[0]);
    String decidingNote = decides ? "this coding decides the case's reading through " + lens + " from " + from
        + (deciding[1] != null && java.util.List.of(deciding[1].split(", ")).contains(coder) ? " (primary coder)" : io.integra.core.cases.DecidingCoding.RECONCILED.equals(coder) ? " (reconciled)" : " (no primary-coder coding of this lens)")
        : "recorded as " + coder + "'s coding; the deciding coding stays "
        + (deciding[0] != null ? deciding[0] + "'s" : (deciding[1] == null ? "none" : deciding[1] + "'s (none holds on " + from + ")"))
        + " until reconciled or `integra workspace primary " + coder + "`";
    if (ws.json()) {
      ws.printJson(new Coded(CodingView.of(sc), decides, deciding[0], decidingNote));
      return;
    }
    PrintWriter out = ws.out();
    out.println("coded " + sc.key().text() + " " + criterion + " = " + Text.num(score) + " (version " + sc.version() + ")");
    out.println(decidingNote);
    out.flush();
  }
}
