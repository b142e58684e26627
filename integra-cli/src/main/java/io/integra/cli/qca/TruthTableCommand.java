package io.integra.cli.qca;

import io.integra.cli.Json;
import io.integra.cli.qca.json.TruthTableJson;
import io.integra.qca.data.QcaData;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import io.integra.qca.truthtable.TruthTableRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code integra qca tt}: the truth table. */
@Command(name = "tt", mixinStandardHelpOptions = true, description = "Truth table: OUT (1, 0, C, ?), n, incl, PRI and cases per row.")
public final class TruthTableCommand extends QcaDataCommand {
    @Option(names = "--sort-by", paramLabel = "KEYS", description = "e.g. \"incl, n\" or \"OUT, incl-, n+\" (default: row order).")
    String sortBy;

    @Option(names = "--complete", description = "List the remainders too.")
    boolean complete;

    @Override
    public void run() {
        QcaData d = load();
        TruthTable tt = QcaRun.guard(() -> {
            TruthTableOptions o = data.ttOptions(d).complete(complete);
            if (sortBy != null) o = o.sortBy(sortBy);
            return TruthTable.build(d, o);
        });
        PrintWriter out = out();
        List<TruthTableRow> rows = new ArrayList<>();
        for (long no : tt.printOrder()) {
            TruthTableRow r = tt.row(no);
            if (complete || !"?".equals(r.out()) || r.n() > 0) rows.add(r);
        }
        List<String> conds = tt.conditions();
        switch (data.format) {
            case json:
                out.println(Json.write(TruthTableJson.of(tt, rows)));
                break;
            case csv: {
                out.println("row," + String.join(",", conds.stream().map(CsvData::quote).toList()) + ",OUT,n,incl,PRI,cases");
                for (TruthTableRow r : rows) {
                    StringBuilder sb = new StringBuilder().append(r.number());
                    for (int c = 0; c < conds.size(); c++) sb.append(',').append(r.value(c));
                    sb.append(',').append(r.out()).append(',').append(r.n()).append(',').append(Fmt.full(r.incl()))
                            .append(',').append(Fmt.full(r.pri())).append(',').append(CsvData.quote(String.join(";", r.cases())));
                    out.println(sb);
                }
                break;
            }
            default:
                printText(out, tt, rows);
        }
        out.flush();
    }

    static void printText(PrintWriter out, TruthTable tt, List<TruthTableRow> rows) {
        List<String> conds = tt.conditions();
        int rowW = Math.max(3, String.valueOf(tt.configurations()).length());
        // condition columns as wide as their names, but cut so the table fits 80 columns
        int fixed = rowW + 1 + 4 + 5 + 6 + 6 + 2;
        int per = Math.max(2, Math.min(8, (80 - fixed - 10) / Math.max(1, conds.size())));
        StringBuilder h = new StringBuilder(String.format("%" + rowW + "s ", ""));
        for (String c : conds) h.append(String.format("%" + per + "s", Fmt.cut(c, per - 1)));
        h.append("  OUT    n  incl   PRI  cases");
        out.println("outcome: " + tt.outcomeLabel());
        out.println(h);
        for (TruthTableRow r : rows) {
            StringBuilder sb = new StringBuilder(String.format("%" + rowW + "d ", r.number()));
            for (int c = 0; c < conds.size(); c++) sb.append(String.format("%" + per + "d", r.value(c)));
            sb.append(String.format("  %3s %4d %5s %5s  ", r.out(), r.n(), Fmt.d3(r.incl()), Fmt.d3(r.pri())));
            int room = Math.max(10, 80 - sb.length());
            sb.append(Fmt.cut(String.join(",", r.cases()), room));
            out.println(sb.toString().stripTrailing());
        }
    }
}
