package io.integra.cli.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.measured.MeasuredProduct;
import io.integra.cli.Cli;
import io.integra.cli.Json;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.indicator.MeasuredMembership;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code integra measure} and the measured memberships in assess, compare and timeline. Values are
 * checked against computations written here, independently of the implementation: DuckDB SQL over
 * the DOTS file, the values of shared/spec/flows-reference.md §1, and a plain-Java reading of the
 * Penn World Table file.
 */
class MeasureCommandTest {
  static final Path SHARED = Path.of(System.getProperty("integra.shared", "../shared"));
  static final Path DOTS = SHARED.resolve("data/flows/imf-dots/dots_long.csv.gz");
  static final Path PWT = SHARED.resolve("data/pwt91/pwt91.csv.gz");
  @TempDir static Path tmp;
  static Path user;
  static Cli measured;
  static final MeasuredProduct BUNDLED = MeasuredProduct.bundled();

  @BeforeAll static void measureAUserFolder() throws Exception {
    user = tmp.resolve("user");
    Files.createDirectories(user.resolve("cases"));
    Path fixture = Path.of(MeasureCommandTest.class.getResource("/fixtures/measured-user/cases/river.yaml").toURI());
    Files.copy(fixture, user.resolve("cases/river.yaml"));
    measured = Cli.run("measure", "--shared", SHARED.toString(), "--cases", user.toString(), "--format", "json");
  }

  static JsonNode json(Cli r) {
    assertThat(r.status()).as(r.err()).isZero();
    try {
      return Json.MAPPER.readTree(r.out());
    } catch (IOException e) {
      throw new AssertionError(r.out(), e);
    }
  }

  static JsonNode criterion(JsonNode assessment, String id) {
    for (JsonNode c : assessment.get("criteria")) if (c.get("id").asText().equals(id)) return c;
    throw new AssertionError("no criterion " + id);
  }

  static MeasuredMembership bundled(String c, String lens, String criterion, int year) {
    return BUNDLED.values().stream().filter(m -> m.caseId().equals(c) && m.lens().equals(lens) && m.criterion().equals(criterion) && m.year() == year)
        .findFirst().orElseThrow(() -> new AssertionError("not measured: " + c + " " + criterion + " " + year));
  }

  // ------------------------------------------------------------------ a user's own case

  @Test void aCaseSomeoneElseWritesGetsMeasuredMembershipsWithNoCodeChange() {
    JsonNode m = json(measured);
    assertThat(Files.exists(user.resolve(MeasuredProduct.FILE))).isTrue();
    assertThat(Files.exists(user.resolve(MeasuredProduct.MANIFEST))).isTrue();
    assertThat(m.get("cases").has("river-compact")).isTrue();
    JsonNode a = json(Cli.run("assess", "river-compact", "--cases", user.toString(), "--no-bundled", "--lens", "deutsch-1957",
        "--at", "2012-06-30", "--format", "json"));
    JsonNode t = criterion(a, "transactions");
    assertThat(t.get("basis").asText()).isEqualTo("measured");
    assertThat(t.get("membership").asDouble()).isEqualTo(t.get("measured").get("membership").asDouble());
    // the third member's spell ended in 2010: the group of 2012 has two members
    assertThat(t.get("measured").get("members")).extracting(JsonNode::asText).hasSize(2).doesNotContain("CHL");
    assertThat(t.get("measured").get("year").asInt()).isEqualTo(2012);
    assertThat(criterion(a, "economic_growth").get("measured").get("years").asText()).isEqualTo("2002-2012");
  }

  @Test void aStaleProductIsSaidPlainly() throws IOException {
    Path copy = tmp.resolve("stale");
    Files.createDirectories(copy.resolve("cases"));
    for (String f : List.of(MeasuredProduct.FILE, MeasuredProduct.MANIFEST)) Files.copy(user.resolve(f), copy.resolve(f));
    Files.writeString(copy.resolve("cases/river.yaml"), Files.readString(user.resolve("cases/river.yaml"))
        .replace("{from: 1995-03-01, to: 2010-01-01, status: member}", "{from: 1995-03-01, to: 2012-01-01, status: member}"));
    Cli r = Cli.run("assess", "river-compact", "--cases", copy.toString(), "--no-bundled", "--lens", "deutsch-1957", "--at", "2011-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("measured memberships of case 'river-compact' are stale").contains("integra measure");
  }

  @Test void badInputEndsWithAMessageAndStatusTwo() {
    Cli r = Cli.run("measure", "--shared", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception");
    assertThat(Files.exists(tmp.resolve("o"))).isFalse();
  }

  // ------------------------------------------------------------------ the bundled product in assess, compare, timeline

  @Test void albaIn2019ShowsMeasuredTransactionsAndMobilityWithProvenanceAndWithoutEcuador() {
    JsonNode a = json(Cli.run("assess", "alba", "--lens", "buen-vivir", "--at", "2019-06-30", "--format", "json"));
    for (String id : List.of("transactions", "mobility")) {
      JsonNode m = criterion(a, id).get("measured");
      assertThat(m.isNull()).as(id).isFalse();
      assertThat(m.get("year").asInt()).isEqualTo(2019);
      assertThat(m.get("members")).extracting(JsonNode::asText).isNotEmpty().doesNotContain("ECU");
      assertThat(m.get("dataset").asText()).isNotBlank();
      assertThat(m.get("anchors").get("crossover").isNumber()).isTrue();
      assertThat(m.get("checksum").asText()).hasSize(64);
      assertThat(criterion(a, id).get("basis").asText()).isIn("measured", "both");
    }
    assertThat(criterion(a, "transactions").get("measured").get("dataset").asText()).contains("dots_long.csv.gz");
    assertThat(criterion(a, "mobility").get("measured").get("dataset").asText()).contains("UN_MigrantStock");
    assertThat(a.get("members")).extracting(JsonNode::asText).doesNotContain("ECU");
    // the text output says "measured" with the data set and years
    Cli text = Cli.run("assess", "alba", "--lens", "buen-vivir", "--at", "2019-06-30");
    assertThat(text.out()).contains("transactions measured").contains("dots_long.csv.gz").contains("2019");
  }

  @Test void noMeasuredTurnsThemOff() {
    JsonNode a = json(Cli.run("assess", "alba", "--lens", "buen-vivir", "--at", "2019-06-30", "--format", "json", "--no-measured"));
    for (JsonNode c : a.get("criteria")) {
      assertThat(c.get("measured").isNull()).isTrue();
      assertThat(c.get("basis").asText()).isIn("coded", "unknown");
    }
  }

  @Test void compareAndTimelineCarryTheBasis() {
    JsonNode cmp = json(Cli.run("compare", "alba", "mercosur", "--lens", "deutsch-1957", "--at", "2016-06-30", "--format", "json"));
    JsonNode t = null;
    for (JsonNode c : cmp.get("criteria")) if (c.get("id").asText().equals("transactions")) t = c;
    assertThat(t.get("basis").get("alba").asText()).isEqualTo("both");
    assertThat(t.get("measured").get("mercosur").get("members").size()).isPositive();
    JsonNode tl = json(Cli.run("timeline", "eu", "--lens", "deutsch-1957", "--to", "2020", "--format", "json"));
    JsonNode p2010 = null;
    for (JsonNode p : tl.get("points")) if (p.get("at").asText().equals("2010-06-30")) p2010 = p;
    assertThat(p2010.get("basis").get("transactions").asText()).isIn("measured", "both");
    assertThat(p2010.get("measured").get("transactions").asDouble()).isBetween(0.0, 1.0);
  }

  // ------------------------------------------------------------------ independent computations

  /** flows-reference.md §1, computed from the DOTS file: MERCOSUR-4 exports share 20.00 % (2000) and 15.34 % (2007). */
  @Test void mercosurSharesMatchTheReferenceValues() {
    for (var e : Map.of(2000, 20.00, 2007, 15.34).entrySet()) {
      MeasuredMembership m = bundled("mercosur", "deutsch-1957", "transactions", e.getKey());
      assertThat(m.provenance().members()).containsExactlyInAnyOrder("ARG", "BRA", "PRY", "URY");
      assertThat(m.raw()).as("" + e.getKey()).isCloseTo(e.getValue(), within(0.005));
    }
  }

  /** ALBA in 2019 (without Ecuador): the intra-group export share by a DuckDB query written here. */
  @Test void albaShareIn2019EqualsAnIndependentDuckDbQuery() throws Exception {
    IntegrationCase alba = CaseBaseLoader.bundled().find("alba").orElseThrow();
    List<String> members = alba.membersAt(LocalDate.of(2019, 7, 1));
    assertThat(members).doesNotContain("ECU");
    Path names = tmp.resolve("countries.csv");
    try (InputStream in = MeasureCommandTest.class.getResourceAsStream("/io/integra/flows/countries.csv")) {
      Files.copy(in, names);
    }
    String inList = "'" + String.join("','", members) + "'";
    String sql = """
        WITH names AS (SELECT DISTINCT name, iso3 FROM read_csv('%s', header = true, all_varchar = true) WHERE kind = 'economy'),
        x AS (SELECT r.iso3 AS i, p.iso3 AS j, d.partner, d.value FROM read_csv('%s', header = true) d
              JOIN names r ON d.reporter = r.name LEFT JOIN names p ON d.partner = p.name
              WHERE d.flow = 'X_FOB' AND d.year = 2019)
        SELECT 100 * SUM(CASE WHEN j IN (%s) AND j <> i THEN value ELSE 0 END)
                   / SUM(CASE WHEN partner = 'World' THEN value ELSE 0 END),
               COUNT(DISTINCT i)
        FROM x WHERE i IN (%s)
        """.formatted(names, DOTS.toAbsolutePath(), inList, inList);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      double share = rs.getDouble(1);
      MeasuredMembership m = bundled("alba", "buen-vivir", "transactions", 2019);
      assertThat(m.provenance().members()).containsExactlyInAnyOrderElementsOf(members);
      assertThat(m.raw()).isCloseTo(share, within(1e-9 * share));
    }
  }

  /** The Penn World Table indices, recomputed in plain Java from the file. */
  @Test void pwtIndicesEqualAPlainJavaComputation() throws IOException {
    Map<String, double[]> pwt = readPwt(); // "ISO|year" -> {rgdpna, rgdpe, pop}
    for (String id : List.of("eu", "mercosur", "can")) {
      IntegrationCase c = CaseBaseLoader.bundled().find(id).orElseThrow();
      for (int year : List.of(1985, 2000, 2015)) {
        List<String> members = c.membersAt(LocalDate.of(year, 7, 1));
        if (members.isEmpty()) continue;
        // growth margin: min(now - past, now - rest of the table), real GDP per person, compound annual %
        List<String> g = members.stream().filter(m -> has(pwt, m, 0, year - 10, year - 5, year) && has(pwt, m, 2, year - 10, year - 5, year)).toList();
        List<String> others = new ArrayList<>();
        for (String key : pwt.keySet()) {
          String iso = key.substring(0, 3);
          if (!members.contains(iso) && !others.contains(iso) && has(pwt, iso, 0, year - 5, year) && has(pwt, iso, 2, year - 5, year)) others.add(iso);
        }
        double now = cagr(pwt, g, year - 5, year), past = cagr(pwt, g, year - 10, year - 5), rest = cagr(pwt, others, year - 5, year);
        MeasuredMembership growth = bundled(id, "deutsch-1957", "economic_growth", year);
        assertThat(growth.raw()).as(id + " growth " + year).isCloseTo(Math.min(now - past, now - rest), within(1e-9));
        // world share change over five years, balanced world
        double gT = 0, gF = 0, wT = 0, wF = 0;
        List<String> seen = new ArrayList<>();
        for (String key : pwt.keySet()) {
          String iso = key.substring(0, 3);
          if (seen.contains(iso)) continue;
          seen.add(iso);
          double[] a = pwt.get(iso + "|" + (year - 5)), b = pwt.get(iso + "|" + year);
          if (a == null || b == null || !(a[1] > 0) || !(b[1] > 0)) continue;
          wF += a[1];
          wT += b[1];
          if (members.contains(iso)) { gF += a[1]; gT += b[1]; }
        }
        MeasuredMembership power = bundled(id, "deutsch-1957", "political_capabilities", year);
        assertThat(power.raw()).as(id + " power " + year).isCloseTo(100 * ((gT / wT) / (gF / wF) - 1), within(1e-9));
      }
    }
  }

  private static boolean has(Map<String, double[]> pwt, String iso, int k, int... years) {
    for (int y : years) {
      double[] v = pwt.get(iso + "|" + y);
      if (v == null || !(v[k] > 0)) return false;
    }
    return true;
  }

  private static double cagr(Map<String, double[]> pwt, List<String> set, int a, int b) {
    double ya = 0, pa = 0, yb = 0, pb = 0;
    for (String iso : set) {
      ya += pwt.get(iso + "|" + a)[0];
      pa += pwt.get(iso + "|" + a)[2];
      yb += pwt.get(iso + "|" + b)[0];
      pb += pwt.get(iso + "|" + b)[2];
    }
    return 100 * (Math.pow((yb / pb) / (ya / pa), 1.0 / (b - a)) - 1);
  }

  /** Reads isocode, year, rgdpna, rgdpe, pop; quoted fields may hold commas. */
  private static Map<String, double[]> readPwt() throws IOException {
    Map<String, double[]> out = new java.util.LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(PWT)), StandardCharsets.UTF_8))) {
      List<String> header = split(r.readLine());
      int iso = header.indexOf("isocode"), year = header.indexOf("year"), na = header.indexOf("rgdpna"), e = header.indexOf("rgdpe"), pop = header.indexOf("pop");
      for (String line; (line = r.readLine()) != null; ) {
        List<String> f = split(line);
        out.put(f.get(iso) + "|" + f.get(year), new double[] {num(f.get(na)), num(f.get(e)), num(f.get(pop))});
      }
    }
    return out;
  }

  private static double num(String s) { return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s); }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') q = !q;
      else if (ch == ',' && !q) { out.add(cur.toString()); cur.setLength(0); }
      else cur.append(ch);
    }
    out.add(cur.toString());
    return out;
  }
}
