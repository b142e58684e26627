package io.integra.bench.qca;

import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.CoverSolver;
import io.integra.qca.minimize.ImplicantOrder;
import io.integra.qca.minimize.PrimeImplicantSearch;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import io.integra.qca.truthtable.TruthTableRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints figures for the parsimonious minimisation (include = "?") of the generated crisp tables in
 * shared/reference/qca/perf: time to build the truth table, to find all prime implicants, to the first
 * minimal model (minimum proven), the number of prime implicants, the size of a minimal model and the number
 * of minimal models (or the bound message when the enumeration stops at the limit).
 *
 * <p>Usage: {@code java -cp ... io.integra.bench.qca.MinimizeBench [perf-dir] [maxModels] [nodeBudget] [file-filter] [piLimit]}
 */
public final class MinimizeBench {
    private static long piLimit;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/reference/qca/perf");
        int maxModels = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long budget = args.length > 2 ? Long.parseLong(args[2]) : 20_000_000L;
        piLimit = args.length > 4 ? Long.parseLong(args[4]) : PrimeImplicantSearch.DEFAULT_LIMIT;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            String only = args.length > 3 ? args[3] : "";
            files = s.filter(p -> p.toString().endsWith(".csv") && p.getFileName().toString().contains(only)).sorted((a, b) -> {
                int[] ka = key(a), kb = key(b);
                return ka[0] != kb[0] ? Integer.compare(ka[0], kb[0]) : Integer.compare(ka[1], kb[1]);
            }).toList();
        }
        // warm-up on the smallest table, so that JIT compilation is not charged to the first file
        for (int i = 0; i < 3; i++) run(files.get(0), maxModels, budget, false);
        System.out.printf("%-34s %5s %5s %5s %5s %8s %8s %8s %8s %5s %10s  %s%n", "file", "k", "cases", "pos", "neg",
                "tt ms", "PI ms", "1st ms", "all ms", "min", "PIs", "models");
        for (Path f : files) run(f, maxModels, budget, true);
    }

    private static int[] key(Path p) {
        String n = p.getFileName().toString();
        int k = Integer.parseInt(n.replaceAll(".*_k(\\d+)_.*", "$1"));
        int c = Integer.parseInt(n.replaceAll(".*_n(\\d+)_.*", "$1"));
        return new int[] {k, c};
    }

    private static void run(Path f, int maxModels, long budget, boolean print) throws IOException {
        QcaData data = read(f);
        long t0 = System.nanoTime();
        TruthTable tt = TruthTable.build(data, TruthTableOptions.of("OUT"));
        long t1 = System.nanoTime();
        List<TruthTableRow> pos = tt.observedRows().stream().filter(r -> r.out().equals("1")).toList();
        List<TruthTableRow> neg = tt.observedRows().stream().filter(r -> !r.out().equals("1")).toList();
        int k = tt.conditions().size();
        int[][] p = pos.stream().map(TruthTableRow::values).toArray(int[][]::new);
        int[][] n = neg.stream().map(TruthTableRow::values).toArray(int[][]::new);
        List<Term> pis;
        try {
            pis = ImplicantOrder.sort(PrimeImplicantSearch.find(p, n, k, piLimit));
        } catch (io.integra.qca.QcaException e) {
            if (print) {
                System.out.printf("%-34s %5d %5d %5d %5d %8.1f %8.1f  %s%n", f.getFileName(), k, data.size(), p.length, n.length,
                        (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, e.getMessage());
            }
            return;
        }
        List<BitSet> chart = new ArrayList<>();
        for (Term t : pis) {
            BitSet b = new BitSet(p.length);
            for (int j = 0; j < p.length; j++) if (t.covers(p[j])) b.set(j);
            chart.add(b);
        }
        long t2 = System.nanoTime();
        if (print && System.getenv("BENCH_DEBUG") != null) System.err.printf("chart built %.1f ms after PIs%n", (t2 - t1) / 1e6);
        CoverSolver.Result first = CoverSolver.minimum(chart, p.length, budget);
        long t3 = System.nanoTime();
        String models;
        long t4 = t3;
        if (first.minimumProven()) {
            CoverSolver.Result all = CoverSolver.solve(chart, p.length, false, maxModels, budget);
            t4 = System.nanoTime();
            models = all.countMessage();
        } else {
            models = first.countMessage();
        }
        if (print) {
            System.out.printf("%-34s %5d %5d %5d %5d %8.1f %8.1f %8.1f %8.1f %5d %10d  %s%n", f.getFileName(), k, data.size(),
                    p.length, n.length, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t0) / 1e6, (t4 - t0) / 1e6,
                    first.minimum(), pis.size(), models);
        }
    }

    /** Minimal CSV reader for the generated tables (numeric columns, optional quoted header). */
    static QcaData read(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f);
        String[] header = lines.get(0).replace("\"", "").split(",");
        List<double[]> cols = new ArrayList<>();
        int n = lines.size() - 1;
        for (int c = 0; c < header.length; c++) cols.add(new double[n]);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] v = lines.get(i + 1).replace("\"", "").split(",");
            for (int c = 0; c < header.length; c++) cols.get(c)[i] = Double.parseDouble(v[c]);
            cases.add(String.valueOf(i + 1));
        }
        return new QcaData(cases, List.of(header), cols);
    }
}
