package io.integra.cli.qca.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code qca calibrate --format json}: the calibrated column's name and, per case, the raw value and the
 * membership (under the calibrated column's name).
 */
public record CalibrationJson(String column, List<Value> values) {

    public static CalibrationJson of(String column, List<String> cases, double[] raw, double[] calibrated) {
        List<Value> v = new ArrayList<>();
        for (int i = 0; i < calibrated.length; i++) v.add(new Value(cases.get(i), raw[i], column, calibrated[i]));
        return new CalibrationJson(column, v);
    }

    /** One case: {@code {"case", "raw", COLUMN}}. */
    @JsonSerialize(using = Value.Writer.class)
    public record Value(String caseId, double raw, String column, double membership) {
        static final class Writer extends StdSerializer<Value> {
            Writer() {
                super(Value.class);
            }

            @Override
            public void serialize(Value v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeStringField("case", v.caseId());
                g.writeNumberField("raw", v.raw());
                g.writeNumberField(v.column(), v.membership());
                g.writeEndObject();
            }
        }
    }
}
