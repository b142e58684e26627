package io.integra.cli.qca.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.integra.qca.truthtable.TruthTable;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A truth-table row by number and condition values (a remainder used as a simplifying assumption or counterfactual). */
@JsonSerialize(using = RowValuesJson.Writer.class)
public record RowValuesJson(long row, List<String> conditions, List<Integer> values) {
    public RowValuesJson {
        conditions = List.copyOf(conditions);
        values = List.copyOf(values);
    }

    public static List<RowValuesJson> of(TruthTable tt, List<Long> rows) {
        return rows.stream().map(r -> new RowValuesJson(r, tt.conditions(), Arrays.stream(tt.rowValues(r)).boxed().toList())).toList();
    }

    static final class Writer extends StdSerializer<RowValuesJson> {
        Writer() {
            super(RowValuesJson.class);
        }

        @Override
        public void serialize(RowValuesJson r, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("row", r.row());
            for (int c = 0; c < r.values().size(); c++) g.writeNumberField(r.conditions().get(c), r.values().get(c));
            g.writeEndObject();
        }
    }
}
