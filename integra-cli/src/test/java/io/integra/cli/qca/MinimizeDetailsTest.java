package io.integra.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code qca minimize --details} (text and JSON) against the R reference result objects (PI chart, simplifying
 * assumptions, easy and difficult counterfactuals), the arrow rule in JSON, and {@code --plots} / {@code qca xy}
 * producing SVG files whose points are the cases.
 */
class MinimizeDetailsTest {
    static final String CVF = QcaCommandsTest.dataset("CVF").toString();

    static JsonNode json(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--format", "json"));
        Cli r = Cli.run(a.toArray(new String[0]));
        assertThat(r.status()).as(r.err()).isZero();
        return QcaCommandsTest.JSON.readTree(r.out());
    }

    static List<String> rows(JsonNode rowObjects) {
        List<String> out = new ArrayList<>();
        rowObjects.forEach(n -> out.add(n.get("row").asText()));
        return out;
    }

    @Test
    void parsimoniousDetailsCarryRsPiChartAndSimplifyingAssumptions() throws Exception {
        JsonNode j = json("qca", "minimize", "--data", CVF, "--outcome", "PROTEST", "--incl-cut", "0.8", "--include", "?", "--details");
        JsonNode r = QcaCommandsTest.vector("CVF/min_CVF_parsimonious.json");
        JsonNode chart = j.get("details").get("main").get("pi_chart");
        assertThat(QcaCommandsTest.strings(chart.get("rows"))).containsExactlyElementsOf(QcaCommandsTest.strings(r.get("PIchart").get("rows")));
        assertThat(QcaCommandsTest.strings(chart.get("cols"))).containsExactlyElementsOf(QcaCommandsTest.strings(r.get("PIchart").get("cols")));
        assertThat(chart.get("cells").toString()).isEqualTo(r.get("PIchart").get("cells").toString());
        JsonNode sa = j.get("details").get("main").get("simplifying_assumptions");
        for (String model : List.of("M1", "M2", "M3", "M4")) {
            assertThat(rows(sa.get(model))).as(model).containsExactlyElementsOf(rows(r.get("SA").get(model)));
        }
        assertThat(QcaCommandsTest.strings(j.get("details").get("main").get("essential"))).containsExactlyElementsOf(QcaCommandsTest.strings(r.get("essential")));
        // cases per term, as R's cases column
        assertThat(j.get("details").get("main").get("cases").get("~NATPRIDE").asText())
                .isEqualTo("CrimRussiansUkr,RussiansUkraine; HungariansYugo,KosovoAlbanians; RussiansLatvia; BasquesSpain; AlbaniansFYROM");
        // truth table rows with numbers and cases
        JsonNode tt = j.get("details").get("truth_table");
        assertThat(tt).isNotEmpty();
        assertThat(tt.get(0).has("row")).isTrue();
        assertThat(tt.get(0).has("cases")).isTrue();
        // the arrow: parsimonious coverage 0.805 < 1
        j.get("models").forEach(m -> assertThat(m.get("relation").asText()).isEqualTo("->"));
    }

    @Test
    void intermediateDetailsGroupIdenticalSolutionsAndGiveRsCounterfactuals() throws Exception {
        String[] args = {"qca", "minimize", "--data", CVF, "--outcome", "PROTEST", "--incl-cut", "0.8", "--include", "?",
                "--dir-exp", "DEMOC,ETHFRACT,GEOCON,POLDIS,~NATPRIDE", "--details"};
        JsonNode j = json(args);
        JsonNode isol = QcaCommandsTest.vector("CVF/min_CVF_intermediate.json").get("i.sol");
        JsonNode r = isol.get("C1P1");
        assertThat(j.get("intermediate_groups")).hasSize(1);
        assertThat(QcaCommandsTest.strings(j.get("intermediate_groups").get(0).get("from"))).containsExactly("C1P1", "C1P2", "C1P3", "C1P4");
        JsonNode g = j.get("details").get("intermediate").get(0);
        assertThat(rows(g.get("easy_counterfactuals"))).containsExactlyElementsOf(rows(r.get("EC")));
        assertThat(rows(g.get("difficult_counterfactuals"))).containsExactlyElementsOf(rows(r.get("DC")));
        assertThat(g.get("pi_chart").get("cells").toString()).isEqualTo(r.get("PIchart").get("cells").toString());
        // same models, different difficult counterfactuals: each pair keeps its own, as in R's i.sol
        for (String pair : List.of("C1P1", "C1P2", "C1P3", "C1P4")) {
            assertThat(rows(g.get("counterfactuals").get(pair).get("easy"))).as(pair).containsExactlyElementsOf(rows(isol.get(pair).get("EC")));
            assertThat(rows(g.get("counterfactuals").get(pair).get("difficult"))).as(pair).containsExactlyElementsOf(rows(isol.get(pair).get("DC")));
        }

        Cli text = Cli.run(args);
        assertThat(text.out()).contains("From C1P1, C1P2, C1P3, C1P4:").containsOnlyOnce("From ");
        assertThat(text.out()).contains("  C1P1 easy: 7 (00110), 13 (01100), 21 (10100), 23 (10110)")
                .contains("  C1P2 difficult: 1 (00000), 3 (00010), 9 (01000), 11 (01010), 12 (01011), 17 (10000), 19 (10010), 25 (11000), 26 (11001)");
        assertThat(text.out()).contains("PI chart (C1P1; same models from C1P2, C1P3, C1P4):").contains("Truth table (observed rows");
    }

    @Test
    void conservativeSolutionClaimsNecessityOnlyWithFullCoverage() throws Exception {
        // LF: coverage 0.658 -> sufficiency only; LC: coverage 1 -> R prints <->
        Cli lf = Cli.run("qca", "minimize", "--data", QcaCommandsTest.dataset("LF").toString(), "--outcome", "SURV", "--incl-cut", "0.8");
        assertThat(lf.out()).contains("M1: DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB -> SURV").doesNotContain("<->");
        Cli lc = Cli.run("qca", "minimize", "--data", QcaCommandsTest.dataset("LC").toString(), "--outcome", "SURV");
        assertThat(lc.out()).contains("M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB <-> SURV");
        JsonNode j = json("qca", "minimize", "--data", QcaCommandsTest.dataset("LF").toString(), "--outcome", "SURV", "--incl-cut", "0.8");
        assertThat(j.get("models").get(0).get("relation").asText()).isEqualTo("->");
    }

    static Document svg(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    /** Shapes filled in the XY plot's point colour (JFreeSVG writes each as a group holding its path): the cases. */
    static int points(Document d) {
        int n = 0;
        NodeList l = d.getElementsByTagName("g");
        for (int i = 0; i < l.getLength(); i++) {
            Element g = (Element) l.item(i);
            if (g.getAttribute("style").replace(" ", "").startsWith("fill:rgb(31,119,180)") && g.getElementsByTagName("path").getLength() == 1) n++;
        }
        return n;
    }

    @Test
    void plotsWriteAnXyPlotPerModelAndAVennDiagram(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("plots");
        Cli r = Cli.run("qca", "minimize", "--data", QcaCommandsTest.dataset("LF").toString(), "--outcome", "SURV", "--incl-cut", "0.8", "--plots", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("xy-conservative-M1.svg")).exists();
        assertThat(out.resolve("xy-conservative-M1.png")).exists();
        assertThat(Files.readAllBytes(out.resolve("xy-conservative-M1.png"))).startsWith(0x89, 'P', 'N', 'G');
        int cases = (int) Files.readAllLines(QcaCommandsTest.dataset("LF")).stream().skip(1).filter(l -> !l.isBlank()).count();
        Document xy = svg(out.resolve("xy-conservative-M1.svg"));
        assertThat(points(xy)).isEqualTo(cases);
        assertThat(xy.getDocumentElement().getTextContent()).contains("inclS 0.870").contains("covS 0.658");
        Document venn = svg(out.resolve("venn.svg"));
        // one group per configuration of the five conditions
        List<String> ids = new ArrayList<>();
        NodeList gs = venn.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            String id = ((Element) gs.item(i)).getAttribute("id");
            if (id.startsWith("row-")) ids.add(id);
        }
        assertThat(ids).hasSize(32).contains("row-1", "row-32");
        assertThat(Files.list(out).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void xyCommandPlotsAnExpression(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("xy.svg");
        Cli r = Cli.run("qca", "xy", "--data", QcaCommandsTest.dataset("LF").toString(), "--x", "DEV*STB", "--y", "SURV", "--out", f.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("DEV*STB -> SURV: inclS");
        int cases = (int) Files.readAllLines(QcaCommandsTest.dataset("LF")).stream().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(points(svg(f))).isEqualTo(cases);
        Cli bad = Cli.run("qca", "xy", "--data", QcaCommandsTest.dataset("LF").toString(), "--x", "DEV", "--y", "SURV", "--out", dir.resolve("x.gif").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains(".svg or .png");
    }
}
