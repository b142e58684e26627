package io.integra.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field order of the qca JSON that scripts read (records in io.integra.cli.qca.json): condition-named fields
 * stand between "row" and "OUT" as they always did, and the objects that were written through Map.of (whose order
 * varied from run to run) now always come in one order.
 */
class QcaJsonShapeTest {
    static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    static JsonNode json(String... args) throws Exception {
        Cli r = Cli.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return QcaCommandsTest.JSON.readTree(r.out());
    }

    @Test
    void truthTableRowsKeepTheConditionsBetweenRowAndOut() throws Exception {
        JsonNode j = json("qca", "tt", "--data", QcaCommandsTest.dataset("LC").toString(), "--outcome", "SURV", "--format", "json");
        assertThat(keys(j)).containsExactly("outcome", "conditions", "rows");
        assertThat(keys(j.get("rows").get(0))).containsExactly("row", "DEV", "URB", "LIT", "IND", "STB", "OUT", "n", "incl", "PRI", "cases");
        JsonNode d = json("qca", "minimize", "--data", QcaCommandsTest.dataset("CVF").toString(), "--outcome", "PROTEST", "--incl-cut", "0.8",
                "--include", "?", "--details", "--format", "json");
        assertThat(keys(d)).containsExactly("outcome", "solution_type", "solutions", "models", "complete", "count", "essential", "primes",
                "terms_fit", "simplifying_assumptions", "initials", "details");
        JsonNode assumption = d.get("details").get("main").get("simplifying_assumptions").get("M1").get(0);
        assertThat(keys(assumption)).containsExactly("row", "DEMOC", "ETHFRACT", "GEOCON", "POLDIS", "NATPRIDE");
        assertThat(keys(d.get("models").get(0))).containsExactly("name", "terms", "inclS", "PRI", "covS", "relation", "terms_fit");
    }

    @Test
    void calibrateWritesItsFieldsInOneOrder() throws Exception {
        JsonNode j = json("qca", "calibrate", "--data", QcaCommandsTest.dataset("LR").toString(), "--column", "DEV",
                "--thresholds", "e=350,c=550,i=900", "--name", "DEVc", "--format", "json");
        assertThat(keys(j)).containsExactly("column", "values");
        assertThat(keys(j.get("values").get(0))).containsExactly("case", "raw", "DEVc");
    }

    @Test
    void robustnessQcaWritesTheRobustCoreMembershipInOneOrder() throws Exception {
        JsonNode j = json("robustness", "qca", "--data", QcaCommandsTest.dataset("LF").toString(), "--outcome", "SURV", "--incl-cut", "0.8",
                "--include", "?", "--incl-cuts", "0.8,0.85", "--n-cuts", "1", "--theory", "DEV*STB", "--format", "json");
        assertThat(keys(j)).containsExactly("initial", "tests", "robustCore", "robustCoreExpression", "consistency", "coverage", "fit",
                "sideChanges", "robustCoreMembership", "theory");
        assertThat(keys(j.get("robustCoreMembership").get(0))).containsExactly("case", "RC");
        assertThat(keys(j.get("fit"))).containsExactly("RF_cov", "RF_cons", "RF_SC_minTS", "RF_SC_maxTS");
    }
}
