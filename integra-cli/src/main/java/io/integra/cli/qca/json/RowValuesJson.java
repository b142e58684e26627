package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.qca.truthtable.TruthTable;

import java.util.Arrays;
import java.util.List;

/** A truth-table row by number and condition values ({@code {"row", A, B, ...}}): a remainder used as an assumption. */
public record RowValuesJson(long row, @JsonUnwrapped NamedValues conditions) {

    public static List<RowValuesJson> of(TruthTable tt, List<Long> rows) {
        return rows.stream().map(r -> new RowValuesJson(r, new NamedValues(tt.conditions(), Arrays.stream(tt.rowValues(r)).boxed().toList()))).toList();
    }
}
