package io.integra.bench.robust;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.VerdictDistribution;
import io.integra.core.robust.VerdictRobustness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speed harness for verdict robustness (prints figures; not a test). Issue 11's target: 100,000
 * perturbed assessments of the whole bundled case base under every lens in under 10 s on two
 * cores. Every case x lens pair at {@code date} is sampled ({@code total} perturbations shared out
 * evenly over the pairs, default 100,000), with the default sources (scale steps, coders, band);
 * then the same with {@code total} perturbations per pair; then the flip search on every pair.
 * Timings include building the perturbation spaces. Single-threaded.
 *
 * <pre>
 * mvn -q -pl integra-bench -am package -DskipTests
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.robust.RobustnessBench [total] [date] [rounds]
 * </pre>
 */
public final class RobustnessBench {
  private RobustnessBench() { }

  public static void main(String[] args) {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2016, 6, 30);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    CaseBase base = CaseBaseLoader.bundled();
    Assessor assessor = new Assessor(base.codebook());
    List<Lens> lenses = base.codebook().lenses();
    int pairs = base.cases().size() * lenses.size();
    System.out.printf(Locale.ROOT, "JVM %s, %d processors; %d cases x %d lenses = %d pairs at %s%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), base.cases().size(), lenses.size(), pairs, date);

    int perPair = (int) Math.max(1, total / pairs);
    for (int r = 1; r <= rounds; r++) {
      long t0 = System.nanoTime();
      long n = run(base, assessor, date, perPair);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %,d perturbed assessments (%,d per pair) in %.3f s = %,.0f per second%n",
          r, n, perPair, s, n / s);
    }
    for (int r = 1; r <= Math.max(1, rounds / 2); r++) {
      long t0 = System.nanoTime();
      long n = run(base, assessor, date, (int) total);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %,d perturbed assessments (%,d per pair) in %.3f s = %,.0f per second%n",
          r, n, total, s, n / s);
    }
    long t0 = System.nanoTime();
    int sets = 0;
    RobustnessSpec spec = RobustnessSpec.DEFAULT;
    for (IntegrationCase c : base.cases()) {
      for (Lens l : lenses) {
        sets += FlipSearch.of(PerturbationSpace.of(assessor.compiled(l.id()), base.codebook(), c, date, null, spec, Map.of()), spec).flips().size();
      }
    }
    System.out.printf(Locale.ROOT, "flip search (sets up to %d) on %d pairs: %d sets in %.3f s%n", spec.flipMaxSize(), pairs, sets,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Samples every pair {@code perPair} times (exhaustive limit 1 forces sampling); returns perturbations evaluated. */
  static long run(CaseBase base, Assessor assessor, LocalDate date, int perPair) {
    RobustnessSpec spec = RobustnessSpec.DEFAULT.withExhaustiveLimit(1).withSamples(perPair);
    long n = 0;
    List<VerdictDistribution> keep = new ArrayList<>();
    for (IntegrationCase c : base.cases()) {
      for (Lens l : base.codebook().lenses()) {
        PerturbationSpace space = PerturbationSpace.of(assessor.compiled(l.id()), base.codebook(), c, date, null, spec, Map.of());
        VerdictDistribution d = VerdictRobustness.of(space, spec);
        n += d.evaluated();
        keep.add(d);
      }
    }
    if (keep.isEmpty()) throw new IllegalStateException("no case");
    return n;
  }
}
