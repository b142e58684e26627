package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.Arrays;
import java.util.List;

/** {@code qca tt --format json}: the outcome, the conditions and the rows shown. */
public record TruthTableJson(String outcome, List<String> conditions, List<Row> rows) {

    public static TruthTableJson of(TruthTable tt, List<TruthTableRow> rows) {
        return new TruthTableJson(tt.outcomeLabel(), tt.conditions(), rows.stream().map(r -> Row.of(tt, r)).toList());
    }

    /**
     * One truth-table row: {@code row}, then one field per condition (named after it, its value), then
     * {@code OUT, n, incl, PRI, cases} (R's truth table columns; incl and PRI null where undefined).
     */
    public record Row(long row, @JsonUnwrapped NamedValues conditions, @JsonProperty("OUT") String out, int n, Double incl,
                      @JsonProperty("PRI") Double pri, List<String> cases) {

        public static Row of(TruthTable tt, TruthTableRow r) {
            return new Row(r.number(), new NamedValues(tt.conditions(), Arrays.stream(r.values()).boxed().toList()), r.out(), r.n(),
                    Numbers.orNull(r.incl()), Numbers.orNull(r.pri()), r.cases());
        }
    }
}
