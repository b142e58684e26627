package io.integra.cli.qca.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

import java.io.IOException;
import java.util.List;

/**
 * Values keyed by names known only at run time (a truth-table row's condition values, a calibrated column):
 * written as fields {@code "NAME": value} in order. Used {@code @JsonUnwrapped} inside a record, the fields stand
 * among the record's own, where scripts have always found them (e.g. {@code {"row", A, B, C, "OUT", ...}}).
 */
@JsonSerialize(using = NamedValues.Writer.class)
public record NamedValues(List<String> names, List<? extends Number> values) {
    public NamedValues {
        if (names.size() != values.size()) throw new IllegalArgumentException(names.size() + " names for " + values.size() + " values");
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    static final class Writer extends StdSerializer<NamedValues> {
        private final boolean unwrapping;

        Writer() {
            this(false);
        }

        private Writer(boolean unwrapping) {
            super(NamedValues.class);
            this.unwrapping = unwrapping;
        }

        @Override
        public boolean isUnwrappingSerializer() {
            return unwrapping;
        }

        @Override
        public JsonSerializer<NamedValues> unwrappingSerializer(NameTransformer names) {
            return new Writer(true);
        }

        @Override
        public void serialize(NamedValues v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (!unwrapping) g.writeStartObject();
            for (int i = 0; i < v.names().size(); i++) p.defaultSerializeField(v.names().get(i), v.values().get(i), g);
            if (!unwrapping) g.writeEndObject();
        }
    }
}
