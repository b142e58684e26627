package io.integra.bench.assess;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.CompiledCase;
import io.integra.core.assess.CompiledLens;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed harness for the assessment engine (prints figures; not a test). Generates synthetic cases
 * ({@link SyntheticCases}), compiles each for every lens of the bundled codebook, then assesses
 * every case through every lens on 30 June of each of {@code years} years, several rounds, and
 * prints assessments per second for the numeric fast path; then times the rich
 * {@link Assessment} layer on a sample.
 *
 * <pre>
 * mvn -q -pl integra-bench -am package -DskipTests
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.assess.AssessBench [cases] [years] [rounds]
 * </pre>
 */
public final class AssessBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AssessBench() { }

  public static void main(String[] args) {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int years = args.length > 1 ? Integer.parseInt(args[1]) : 80;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    Codebook codebook = CaseBaseLoader.bundledCodebook();
    List<Lens> lenses = codebook.lenses();
    System.out.printf(Locale.ROOT, "JVM %s, %d processors; %d cases x %d years x %d lenses (%s)%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), cases, years, lenses.size(),
        String.join(", ", codebook.lensIds()));

    long t0 = System.nanoTime();
    List<IntegrationCase> base = SyntheticCases.generate(codebook, cases, 42);
    long t1 = System.nanoTime();
    CompiledLens[] compiled = lenses.stream().map(CompiledLens::compile).toArray(CompiledLens[]::new);
    CompiledCase[][] prepared = new CompiledCase[cases][compiled.length];
    for (int i = 0; i < cases; i++) {
      for (int l = 0; l < compiled.length; l++) prepared[i][l] = CompiledCase.compile(base.get(i), compiled[l], null);
    }
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "generate %.0f ms; compile %d case-lens pairs %.0f ms%n",
        (t1 - t0) / 1e6, (long) cases * compiled.length, (t2 - t1) / 1e6);

    long[] days = new long[years];
    for (int y = 0; y < years; y++) days[y] = LocalDate.of(1946 + y, 6, 30).toEpochDay();
    int maxOutcomes = Arrays.stream(compiled).mapToInt(CompiledLens::outcomeCount).max().orElse(1);
    double[] lo = new double[maxOutcomes], hi = new double[maxOutcomes];
    long perRound = (long) cases * years * compiled.length;
    double[] rates = new double[rounds];
    double[] cpuRates = new double[rounds];
    VerdictLabel[] labels = VerdictLabel.values();
    long[] verdicts = new long[labels.length + 1]; // by ordinal; the last: no verdict rule
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(verdicts, 0);
      long s = System.nanoTime();
      long cs = CPU.getCurrentThreadCpuTime();
      for (CompiledCase[] row : prepared) {
        for (CompiledCase cc : row) {
          for (long d : days) {
            VerdictLabel v = cc.assess(d, lo, hi);
            verdicts[v == null ? labels.length : v.ordinal()]++;
          }
        }
      }
      long e = System.nanoTime();
      long ce = CPU.getCurrentThreadCpuTime();
      rates[r] = perRound / ((e - s) / 1e9);
      cpuRates[r] = perRound / ((ce - cs) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: %,d assessments in %.0f ms wall (%.0f ms CPU) = %,.0f assessments/s (%,.0f per CPU-second)%n",
          r + 1, perRound, (e - s) / 1e6, (ce - cs) / 1e6, rates[r], cpuRates[r]);
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double[] cpuSorted = cpuRates.clone();
    Arrays.sort(cpuSorted);
    System.out.printf(Locale.ROOT, "fast path (single thread): median %,.0f assessments/s wall, best %,.0f; median %,.0f per CPU-second%n",
        sorted[rounds / 2], sorted[rounds - 1], cpuSorted[rounds / 2]);
    StringBuilder mix = new StringBuilder("verdicts in the last round:");
    for (int v = 0; v < verdicts.length; v++) {
      if (verdicts[v] > 0) mix.append(' ').append(v < labels.length ? labels[v].id() : "(no verdict)").append('=').append(verdicts[v]);
    }
    System.out.println(mix);

    // the rich layer (evidence, reasons, dimensions, disintegration watch) on a sample
    Assessor assessor = new Assessor(codebook);
    int sample = Math.min(cases, 2_000);
    LocalDate at = LocalDate.of(2016, 6, 30);
    long checksum = 0;
    for (int warm = 0; warm < 2; warm++) {
      for (int i = 0; i < sample; i++) for (Lens l : lenses) checksum += assessor.assess(base.get(i), l.id(), at, null).criteria().size();
    }
    long s = System.nanoTime();
    long cs = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < sample; i++) for (Lens l : lenses) checksum += assessor.assess(base.get(i), l.id(), at, null).criteria().size();
    long e = System.nanoTime();
    long ce = CPU.getCurrentThreadCpuTime();
    long n = (long) sample * lenses.size();
    System.out.printf(Locale.ROOT, "rich Assessment: %,d in %.0f ms wall (%.0f ms CPU) = %,.0f assessments/s (%,.0f per CPU-second) (checksum %d)%n",
        n, (e - s) / 1e6, (ce - cs) / 1e6, n / ((e - s) / 1e9), n / ((ce - cs) / 1e9), checksum);
  }
}
