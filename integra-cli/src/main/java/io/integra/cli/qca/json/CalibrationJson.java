package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code qca calibrate --format json}: the calibrated column's name and, per case, the raw value and the
 * membership (under the calibrated column's name).
 */
public record CalibrationJson(String column, List<Value> values) {

    public static CalibrationJson of(String column, List<String> cases, double[] raw, double[] calibrated) {
        List<Value> v = new ArrayList<>();
        for (int i = 0; i < calibrated.length; i++) v.add(new Value(cases.get(i), raw[i], new NamedValues(List.of(column), List.of(calibrated[i]))));
        return new CalibrationJson(column, v);
    }

    /** One case: {@code {"case", "raw", COLUMN}}. */
    public record Value(@JsonProperty("case") String caseId, double raw, @JsonUnwrapped NamedValues membership) {}
}
