package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.qca.calibrate.Calibration;
import io.integra.qca.calibrate.IndirectCalibration;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.integra.qca.reference.ReferenceChecks.TOL;
import static io.integra.qca.reference.ReferenceChecks.checkVector;

/** R's {@code calibrate()} (direct, crisp, TFR, bell-shaped, indirect) against the reference manifest. */
class CalibrationReferenceTest {
    @TestFactory
    Stream<DynamicTest> calibrateEntries() {
        return ReferenceChecks.tests(Set.of("calibrate"), (entry, vec, env, call) -> checkCalibrate(call, vec));
    }

    static void checkCalibrate(RCall call, JsonNode vec) {
        double[] x = Reference.doubles(vec.get("input_x"));
        String method = RCall.unquote(call.named().getOrDefault("method", "\"direct\""));
        String type = RCall.unquote(call.named().getOrDefault("type", "\"fuzzy\""));
        double[] got;
        if (method.equals("TFR")) {
            got = Calibration.tfr(x);
        } else if (method.equals("indirect")) {
            got = IndirectCalibration.calibrate(x, RCall.vector(call.named().get("thresholds")).stream().mapToDouble(Double::parseDouble).toArray());
            checkVector(got, vec.get("result").get("values"), 1e-3);
            return;
        } else if (type.equals("crisp")) {
            got = Calibration.crisp(x, RCall.vector(call.named().get("thresholds")).stream().mapToDouble(Double::parseDouble).toArray());
        } else {
            Map<String, Double> th = new HashMap<>();
            for (String p : RCall.vector(call.named().get("thresholds"))) {
                String[] kv = p.split("=");
                th.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
            boolean logistic = !"FALSE".equals(call.named().get("logistic"));
            double below = Double.parseDouble(call.named().getOrDefault("below", "1"));
            double above = Double.parseDouble(call.named().getOrDefault("above", "1"));
            boolean ecdf = "TRUE".equals(call.named().get("ecdf"));
            if (th.size() == 3) {
                got = Calibration.fuzzy(x, th.get("e"), th.get("c"), th.get("i"), new Calibration.Options(logistic, 0.95, below, above, ecdf));
            } else {
                got = Calibration.bell(x, th.get("e1"), th.get("c1"), th.get("i1"), th.get("i2"), th.get("c2"), th.get("e2"), below, above);
            }
        }
        checkVector(got, vec.get("result").get("values"), TOL);
    }
}
