package io.integra.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code qca minimize} text output against R QCA 3.25's print-out of the same call (the {@code printed} lines of
 * the reference vectors): the models with R's arrow ({@code <->} only when the solution's coverage is 1),
 * intermediate solutions with identical models printed once ("From C1P1, C1P2, ..."), and with {@code --details}
 * R's table of fit with the cases of each term.
 */
class MinimizeOutputTest {
    static Path dataset(String name) {
        return QcaCommandsTest.dataset(name);
    }

    static List<String> rPrinted(String file) throws Exception {
        String shared = System.getProperty("integra.shared", "../shared");
        JsonNode root = QcaCommandsTest.JSON.readTree(Path.of(shared, "reference/qca/vectors", file).toFile());
        List<String> out = new ArrayList<>();
        root.get("printed").forEach(n -> out.add(n.asText().stripTrailing()));
        return out;
    }

    static List<String> run(String data, String args) {
        List<String> a = new ArrayList<>(List.of("qca", "minimize", "--data", dataset(data).toString()));
        a.addAll(Arrays.asList(args.trim().split("\\s+")));
        Cli r = Cli.run(a.toArray(new String[0]));
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().lines().map(String::stripTrailing).toList();
    }

    /** The lines naming models and "From ..." headers: what R prints without details. */
    static List<String> modelLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inModel = false;
        for (String l : lines) {
            if (l.startsWith("From ") || l.matches("^M\\d+: .+")) {
                out.add(l);
                inModel = !l.startsWith("From ");
            } else if (inModel && l.startsWith("    ") && !l.isBlank() && !l.trim().matches("^[\\d.\\s-]+$") && !l.contains("inclS")) {
                out.add(l.trim());
            } else {
                inModel = false;
            }
        }
        return out.stream().map(s -> s.replaceAll("\\s+", " ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "LC/min_LC_conservative.json | LC | --outcome SURV --details",
            "LC/min_LC_conservative_negout.json | LC | --outcome ~SURV --details",
            "LC/min_LC_parsimonious.json | LC | --outcome SURV --include ? --details",
            "LC/min_LC_parsimonious_negout.json | LC | --outcome ~SURV --include ? --details",
            "LC/min_LC_intermediate_allpos.json | LC | --outcome SURV --include ? --dir-exp DEV,URB,LIT,IND,STB --details",
            "LF/min_LF_conservative.json | LF | --outcome SURV --incl-cut 0.8 --details",
            "LF/min_LF_parsimonious.json | LF | --outcome SURV --incl-cut 0.8 --include ? --details",
            "LF/min_LF_intermediate.json | LF | --outcome SURV --incl-cut 0.8 --include ? --dir-exp DEV,URB,LIT,IND,STB --details",
            "LF/min_LF_intermediate_conj.json | LF | --outcome SURV --incl-cut 0.8 --include ? --dir-exp DEV,STB,~LIT*IND --details",
            "LM/min_LM_conservative.json | LM | --outcome SURV[1] --conditions DEV,URB,LIT,IND --details",
            "LM/min_LM_parsimonious.json | LM | --outcome SURV[1] --conditions DEV,URB,LIT,IND --include ? --details",
            "LM/min_LM_conservative_negout.json | LM | --outcome ~SURV[1] --conditions DEV,URB,LIT,IND --details",
            "CVF/min_CVF_conservative.json | CVF | --outcome PROTEST --incl-cut 0.8 --details",
            "CVF/min_CVF_intermediate.json | CVF | --outcome PROTEST --incl-cut 0.8 --include ? --dir-exp DEMOC,ETHFRACT,GEOCON,POLDIS,~NATPRIDE --details",
            "CVF/min_CVF_parsimonious_rowdom.json | CVF | --outcome PROTEST --incl-cut 0.8 --include ? --row-dom --details",
    })
    void detailsPrintAsR(String vector, String data, String args) throws Exception {
        List<String> r = rPrinted(vector);
        List<String> ours = run(data, args);
        // R's print-out, line for line, is the start of ours (Integra then adds the truth table, PI chart, ...)
        assertThat(ours.subList(0, Math.min(ours.size(), r.size()))).containsExactlyElementsOf(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CVF/min_CVF_parsimonious.json | CVF | --outcome PROTEST --incl-cut 0.8 --include ?",
            "CVF/min_CVF_pars_085.json | CVF | --outcome PROTEST --incl-cut 0.85 --include ?",
            "LF/min_LF_intermediate_10000.json | LF | --outcome SURV --incl-cut 0.8 --include ? --dir-exp 1,0,0,0,0",
            "LF/min_LF_intermediate_seq.json | LF | --outcome SURV --incl-cut 0.8 --include ? --dir-exp DEV:STB",
    })
    void modelsPrintAsR(String vector, String data, String args) throws Exception {
        assertThat(modelLines(run(data, args))).containsExactlyElementsOf(modelLines(rPrinted(vector)));
    }

    /** Several models: R's table with a unique-coverage column per model; every line R prints is in ours. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CVF/min_CVF_pars_085.json | CVF | --outcome PROTEST --incl-cut 0.85 --include ? --details",
            "CVF/min_CVF_parsimonious.json | CVF | --outcome PROTEST --incl-cut 0.8 --include ? --details",
    })
    void severalModelsPrintRsTable(String vector, String data, String args) throws Exception {
        List<String> ours = run(data, args);
        assertThat(ours).containsAll(rPrinted(vector).stream().filter(l -> !l.isBlank()).toList());
    }
}
