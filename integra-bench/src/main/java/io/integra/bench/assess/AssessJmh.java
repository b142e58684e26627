package io.integra.bench.assess;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.CompiledCase;
import io.integra.core.assess.CompiledLens;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of one fast-path assessment (a compiled case at a date, every outcome and the
 * verdict), cycling over 1,000 synthetic cases and 80 dates so that branch prediction cannot learn
 * one answer.
 *
 * <pre>
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' org.openjdk.jmh.Main AssessJmh
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessJmh {
  CompiledCase[] cases;
  long[] days;
  double[] lo, hi;
  int i;

  @Setup public void setup() {
    Codebook codebook = CaseBaseLoader.bundledCodebook();
    List<IntegrationCase> base = SyntheticCases.generate(codebook, 1_000, 7);
    CompiledLens lens = CompiledLens.compile(codebook.lens("deutsch-1957").orElse(codebook.lenses().get(0)));
    cases = base.stream().map(c -> CompiledCase.compile(c, lens, null)).toArray(CompiledCase[]::new);
    days = new long[80];
    for (int y = 0; y < 80; y++) days[y] = LocalDate.of(1946 + y, 6, 30).toEpochDay();
    lo = new double[lens.outcomeCount()];
    hi = new double[lens.outcomeCount()];
  }

  @Benchmark public io.integra.core.assess.VerdictLabel assessOne() {
    int k = i++;
    return cases[k % cases.length].assess(days[k % days.length], lo, hi);
  }
}
