package io.integra.bench.workspace;

import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.CriterionEdit;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long one coding edit takes through the workspace on SQLite: N edits (each a new
 * coding of one criterion, by its own coder, spread over the bundled cases and lenses), then N
 * edits of those same codings (a changed score), each in its own transaction with its history
 * entry and its validation against the codebook and the case's other codings.
 *
 * <p>Run: {@code mvn -q -pl integra-bench -am package -DskipTests} then
 * {@code java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.workspace.EditBench [N]}
 * (N defaults to 500). Each run uses a fresh workspace in a temporary folder.
 */
public final class EditBench {
  private EditBench() { }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    Path dir = Files.createTempDirectory("integra-edit-bench-");
    // warm-up in its own workspace, so class loading and JIT do not count against the figures
    run("warm-up", dir.resolve("warm.db"), Math.min(n, 200));
    run("sqlite", dir.resolve("bench.db"), n);
  }

  private static void run(String label, Path db, int n) {
    try (Workspace ws = Workspaces.open(db.toString())) {
      Codebook cb = ws.codebook();
      List<String> cases = ws.caseIds();
      List<Lens> lenses = cb.lenses();
      ChangeNote note = new ChangeNote("bench", "benchmark edit");
      int before = ws.info().codings();
      CodingKey[] keys = new CodingKey[n];
      String[] criteria = new String[n];
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Lens lens = lenses.get(i % lenses.size());
        Scale scale = scaleOf(cb);
        keys[i] = new CodingKey(cases.get(i % cases.size()), lens.id(), "bench-" + i, LocalDate.of(2000, 1, 1));
        criteria[i] = lens.criteria().get(i % lens.criteria().size()).id();
        ws.code(new CriterionEdit(keys[i], scale.id(), criteria[i], score(scale, 0), "benchmark", null, 0L), note);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Scale scale = scaleOf(cb);
        ws.code(new CriterionEdit(keys[i], null, criteria[i], score(scale, 1), "benchmark, revised", null, 1L), note);
      }
      long t2 = System.nanoTime();
      int after = ws.info().codings();
      if (!label.equals("warm-up")) {
        System.out.printf(Locale.ROOT, "%s: %d cases, %d lenses, %d codings before, %d after%n", label, cases.size(), lenses.size(), before, after);
        System.out.printf(Locale.ROOT, "  create %d codings: %8.1f ms total  %6.2f ms per edit%n", n, (t1 - t0) / 1e6, (t1 - t0) / 1e6 / n);
        System.out.printf(Locale.ROOT, "  update %d codings: %8.1f ms total  %6.2f ms per edit%n", n, (t2 - t1) / 1e6, (t2 - t1) / 1e6 / n);
      }
    }
  }

  /** The continuous scale when the codebook has one, else the first scale (any lens may use any scale). */
  private static Scale scaleOf(Codebook cb) {
    return cb.scales().stream().filter(Scale::continuous).findFirst().orElse(cb.scales().get(0));
  }

  private static double score(Scale scale, int k) {
    if (scale.continuous()) return k == 0 ? 0.5 : 0.75;
    List<Scale.Point> points = scale.points();
    return points.get(k % points.size()).value();
  }
}
