package io.integra.cli.qca.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.io.IOException;
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
    @JsonSerialize(using = Row.Writer.class)
    public record Row(long row, List<String> conditions, List<Integer> values, String out, int n, Double incl, Double pri,
                      List<String> cases) {
        public Row {
            conditions = List.copyOf(conditions);
            values = List.copyOf(values);
            cases = List.copyOf(cases);
        }

        public static Row of(TruthTable tt, TruthTableRow r) {
            return new Row(r.number(), tt.conditions(), java.util.Arrays.stream(r.values()).boxed().toList(), r.out(), r.n(),
                    Numbers.orNull(r.incl()), Numbers.orNull(r.pri()), r.cases());
        }

        static final class Writer extends StdSerializer<Row> {
            Writer() {
                super(Row.class);
            }

            @Override
            public void serialize(Row r, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeNumberField("row", r.row());
                for (int c = 0; c < r.conditions().size(); c++) g.writeNumberField(r.conditions().get(c), r.values().get(c));
                g.writeStringField("OUT", r.out());
                g.writeNumberField("n", r.n());
                p.defaultSerializeField("incl", r.incl(), g);
                p.defaultSerializeField("PRI", r.pri(), g);
                p.defaultSerializeField("cases", r.cases(), g);
                g.writeEndObject();
            }
        }
    }
}
