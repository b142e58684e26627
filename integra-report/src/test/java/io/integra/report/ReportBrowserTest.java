package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.report.export.ReportWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the report in Debian's headless Chromium (installed with {@code apt-get install chromium
 * chromium-driver}) and checks that every chart drew, that the page made no request beyond its own
 * file, and keeps screenshots at desk and phone widths in target/screenshots/.
 */
@Tag("browser")
class ReportBrowserTest {
  static final String CHROMIUM = System.getProperty("integra.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("integra.chromedriver", "/usr/bin/chromedriver");

  static Path report;
  static Path userData;
  static ChromeDriver driver;

  @BeforeAll static void open() throws Exception {
    assertThat(Path.of(CHROMIUM)).as("Chromium (apt-get install -y chromium chromium-driver)").exists();
    assertThat(Path.of(DRIVER)).as("ChromeDriver (apt-get install -y chromium-driver)").exists();
    Path out = Fixtures.target().resolve("browser-report");
    // the model with indicator series, so that the indicator charts are drawn and checked with the others
    ReportWriter.write(Fixtures.modelWithIndicators(), out);
    report = out.resolve("report.html");
    userData = Files.createTempDirectory("integra-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + userData);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll static void close() {
    if (driver != null) driver.quit();
    if (userData != null) {
      try (var s = Files.walk(userData)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (Exception ignored) {
        // a leftover temp folder is harmless
      }
    }
  }

  private static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

  private static void load(int width, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
    driver.get(report.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> js("return document.body.getAttribute('data-charts-ready')") != null);
  }

  @Test void everyChartDrawsAndThePageMakesNoRequest() throws Exception {
    load(1280, false);
    List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
    int cases = Fixtures.model().cases().size(), lenses = Fixtures.model().lenses().size();
    // a heatmap per lens, a radar per case and lens group, a timeline per case
    assertThat(charts.size()).isGreaterThanOrEqualTo(lenses + 2 * cases);
    assertThat(driver.findElements(By.cssSelector("[data-chart-error]")).stream().map(e -> e.getAttribute("data-chart-error")).toList()).isEmpty();
    assertThat(js("return document.body.getAttribute('data-charts-ready')")).isEqualTo(String.valueOf(charts.size()));
    // one indicator chart per fixture series with a value (MERCOSUR's recipes on trade), drawn with its anchors
    long withValues = Fixtures.modelWithIndicators().indicators().stream().filter(s -> s.anyValue()).count();
    assertThat(withValues).isPositive();
    assertThat(driver.findElements(By.cssSelector("[data-chart=indicator]"))).hasSize((int) withValues);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ind = (List<Map<String, Object>>) js(
        "return Array.from(document.querySelectorAll('[data-chart=indicator]')).map(function (el) {"
            + "var o = echarts.getInstanceByDom(el).getOption(); return {series: o.series.length,"
            + " marks: o.series[0].markLine.data.length, raw: o.series[0].data.filter(function (v) { return v !== '-'; }).length}; });");
    for (Map<String, Object> s : ind) {
      assertThat(((Number) s.get("series")).intValue()).isGreaterThanOrEqualTo(3); // raw, calibrated, coded per lens
      assertThat(((Number) s.get("marks")).intValue()).isEqualTo(3);            // exclusion, crossover, inclusion
      assertThat(((Number) s.get("raw")).intValue()).isPositive();
    }

    // ECharts has an instance with series on every container, and a canvas of the container's size
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> states = (List<Map<String, Object>>) js(
        "return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) {"
            + "var i = echarts.getInstanceByDom(el); var c = el.querySelector('canvas');"
            + "return {id: el.getAttribute('data-chart') + ':' + (el.getAttribute('data-lens') || el.getAttribute('data-case')),"
            + " series: i ? i.getOption().series.length : 0, w: c ? c.width : 0, h: c ? c.height : 0}; });");
    for (Map<String, Object> s : states) {
      assertThat(((Number) s.get("series")).intValue()).as("series of " + s.get("id")).isPositive();
      assertThat(((Number) s.get("w")).intValue()).as("canvas width of " + s.get("id")).isGreaterThan(200);
      assertThat(((Number) s.get("h")).intValue()).as("canvas height of " + s.get("id")).isGreaterThan(150);
    }

    // pixels: each chart's own screenshot is far from blank
    Path shots = Files.createDirectories(Fixtures.target().resolve("screenshots"));
    for (int i = 0; i < charts.size(); i++) {
      WebElement el = charts.get(i);
      js("arguments[0].scrollIntoView({block: 'center'});", el);
      byte[] png = el.getScreenshotAs(OutputType.BYTES);
      if (i < 6 || el.getAttribute("data-chart").equals("timeline") && i < 11 || el.getAttribute("data-chart").equals("indicator")) {
        Files.write(shots.resolve("chart-" + i + "-" + el.getAttribute("data-chart") + ".png"), png);
      }
      double inked = inkedShare(png);
      assertThat(inked).as("share of non-white pixels in chart " + i + " (" + el.getAttribute("data-chart") + ")").isGreaterThan(0.02);
    }

    // no external reference in any src or href, and no request but the file itself
    @SuppressWarnings("unchecked")
    List<String> refs = (List<String>) js("return Array.from(document.querySelectorAll('[src],[href]'))"
        + ".map(function (e) { return e.getAttribute('src') || e.getAttribute('href'); });");
    assertThat(refs).allSatisfy(r -> assertThat(r).startsWith("#"));
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (!m.contains("\"Network.requestWillBeSent\"")) continue;
      int at = m.indexOf("\"url\":\"");
      if (at >= 0) urls.add(m.substring(at + 7, m.indexOf('"', at + 7)));
    }
    // the report's own file is loaded; nothing goes to the network (chrome:// URLs are the browser's own resources)
    assertThat(urls).anySatisfy(u -> assertThat(u).startsWith("file:").endsWith("report.html"));
    assertThat(urls).noneSatisfy(u -> assertThat(u).matches("(?i)^(https?|wss?|ftp):.*"));
    // no script error on the page
    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    assertThat(severe).isEmpty();

    fullPage(shots.resolve("report.png"));
  }

  @Test void coverageHeatmapHasACellPerCaseYearAndSaysWhatIsKnown() {
    load(1280, false);
    var m = Fixtures.modelWithIndicators();
    assertThat(driver.findElements(By.cssSelector("[data-chart=coverage]"))).hasSize(m.lenses().size());
    // the coverage section comes before the criteria heatmap, right after the overview
    Number order = (Number) js("return document.getElementById('coverage').compareDocumentPosition(document.getElementById('heatmap'));");
    assertThat(order.intValue() & 4).as("#heatmap follows #coverage").isEqualTo(4);
    var lens = m.coverage().lens("deutsch-1957").orElseThrow();
    int caseYears = lens.cases().stream().mapToInt(r -> r.years().size()).sum();
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn = (Map<String, Object>) js(
        "var el = document.querySelector('[data-chart=coverage][data-lens=\"deutsch-1957\"]');"
            + "var o = echarts.getInstanceByDom(el).getOption(), known = o.series[0].data;"
            + "return {cells: known.length + o.series[1].data.length, tip: o.tooltip[0].formatter({data: known[known.length - 1]})};");
    assertThat(((Number) drawn.get("cells")).intValue()).isEqualTo(caseYears);
    assertThat((String) drawn.get("tip")).contains("of 22 criteria").contains("coded").contains("measured").contains("both")
        .contains("background conditions known");
  }

  /** Issue 13 point 4: the overview leads with its result; the verdict is in view at 1,280 px, not in a scroll box's hidden part. */
  @Test void verdictColumnIsInsideA1280pxViewport() throws Exception {
    load(1280, false);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cells = (List<Map<String, Object>>) js(
        "return Array.from(document.querySelectorAll('#overview td.verdict')).map(function (td) {"
            + "var r = td.getBoundingClientRect(), box = td.closest('.table-scroll').getBoundingClientRect();"
            + "return {text: td.textContent.trim(), left: r.left, right: r.right, boxRight: box.right, width: r.width}; });");
    int lenses = Fixtures.model().lenses().size(), cases = Fixtures.model().cases().size();
    assertThat(cells).hasSize(lenses * cases);
    for (Map<String, Object> c : cells) {
      double right = ((Number) c.get("right")).doubleValue();
      assertThat(((Number) c.get("width")).doubleValue()).as("verdict cell " + c).isPositive();
      assertThat(right).as("right edge of verdict cell " + c).isLessThanOrEqualTo(1280.0);
      assertThat(right).as("verdict cell within its table box " + c).isLessThanOrEqualTo(((Number) c.get("boxRight")).doubleValue());
      assertThat((String) c.get("text")).isNotBlank();
    }
    WebElement overview = driver.findElement(By.cssSelector("#overview table"));
    js("arguments[0].scrollIntoView({block: 'start'});", overview);
    Path shots = Files.createDirectories(Fixtures.target().resolve("screenshots"));
    Files.write(shots.resolve("overview-1280.png"), driver.findElement(By.id("overview")).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Issue 13 point 11: the map of members draws, and the members it shows at three dates are the
   * members {@code integra case ID --at DATE} prints (IntegrationCase.membersAt, CaseCommand).
   */
  @Test void memberMapShowsTheMembersAtEachDate() throws Exception {
    load(1280, false);
    var base = Fixtures.withBundled();
    var model = Fixtures.model();
    var map = model.memberMaps().stream().filter(m -> m.years().size() >= 3)
        .max(java.util.Comparator.comparingInt(m -> m.years().size())).orElseThrow();
    int n = map.years().size();
    int checked = 0;
    for (int i : new int[] {0, n / 2, n - 1}) {
      var sample = map.years().get(i);
      @SuppressWarnings("unchecked")
      Map<String, Object> shown = (Map<String, Object>) js(
          "var input = document.querySelector('input.map-year[data-case=\"' + arguments[0] + '\"]'); input.value = arguments[1];"
              + "input.dispatchEvent(new Event('input'));"
              + "var fig = input.closest('figure'), el = fig.querySelector('[data-chart=map]');"
              + "var series = echarts.getInstanceByDom(el).getOption().series;"
              + "var regions = series[0].data;"
              + "return {members: regions.filter(function (d) { return d.status === 'member'; }).map(function (d) { return d.name; }),"
              + " suspended: regions.filter(function (d) { return d.status === 'suspended'; }).length,"
              + " date: fig.querySelector('.map-date').textContent, text: fig.querySelector('.map-text').textContent};",
          map.caseId(), i);
      java.time.LocalDate day = java.time.LocalDate.parse(sample.date());
      List<String> expected = base.find(map.caseId()).orElseThrow().membersAt(day);
      assertThat(shown.get("date")).isEqualTo(sample.date());
      @SuppressWarnings("unchecked")
      List<String> members = (List<String>) shown.get("members");
      assertThat(members).as("members of " + map.caseId() + " on the map at " + day).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(((Number) shown.get("suspended")).intValue()).isEqualTo(base.find(map.caseId()).orElseThrow().suspendedAt(day).size());
      assertThat((String) shown.get("text")).startsWith(expected.size() + " members at " + day);
      checked++;
    }
    assertThat(checked).isEqualTo(3);
    WebElement el = driver.findElement(By.cssSelector("[data-chart=map][data-case=\"" + map.caseId() + "\"]"));
    js("arguments[0].scrollIntoView({block: 'center'});", el);
    byte[] png = el.getScreenshotAs(OutputType.BYTES);
    Files.write(Files.createDirectories(Fixtures.target().resolve("screenshots")).resolve("map-" + map.caseId() + ".png"), png);
    assertThat(inkedShare(png)).isGreaterThan(0.05);
    // every case's map drew, with its state outlines (a screenshot of each is kept)
    for (WebElement m : driver.findElements(By.cssSelector("[data-chart=map]"))) {
      js("arguments[0].scrollIntoView({block: 'center'});", m);
      byte[] shot = m.getScreenshotAs(OutputType.BYTES);
      Files.write(Fixtures.target().resolve("screenshots").resolve("map-" + m.getAttribute("data-case") + ".png"), shot);
      assertThat(inkedShare(shot)).as("map of " + m.getAttribute("data-case")).isGreaterThan(0.05);
    }
  }

  /** The print stylesheet (and so the PDF): at A4 width nothing is wider than the page, and no scroll box hides a column. */
  @Test void printsOnA4WithoutScrollBoxes() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      driver.get("about:blank"); // a new load: the same page with only another #fragment would not reload
      driver.get(report.toUri() + "#print");
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> js("return document.body.getAttribute('data-charts-ready')") != null);
      assertThat(((Number) js("return document.querySelectorAll('details:not([open])').length;")).intValue()).isZero();
      Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      Object wide = js("var W = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('main *')).filter(function (e) {"
          + " return e.getBoundingClientRect().right > W && !Array.from(e.children).some(function (k) { return k.getBoundingClientRect().right > W; }); })"
          + ".slice(0, 12).map(function (e) { return e.tagName + '.' + e.className + ' ' + (e.closest('section') || {}).id + ' '"
          + " + Math.round(e.getBoundingClientRect().width) + ' ' + e.textContent.slice(0, 30); });");
      assertThat(overflow.intValue()).as("elements wider than the page: " + wide).isLessThanOrEqualTo(0);
      @SuppressWarnings("unchecked")
      List<String> clipped = (List<String>) js("return Array.from(document.querySelectorAll('.table-scroll')).filter(function (b) {"
          + " return getComputedStyle(b).overflowX !== 'visible'; }).map(function (b) { return b.textContent.slice(0, 40); });");
      assertThat(clipped).isEmpty();
      @SuppressWarnings("unchecked")
      List<Number> canvasRights = (List<Number>) js("return Array.from(document.querySelectorAll('.chart canvas')).map(function (c) {"
          + " return c.getBoundingClientRect().right; });");
      assertThat(canvasRights).isNotEmpty().allSatisfy(r -> assertThat(r.doubleValue()).isLessThanOrEqualTo(794.0));
      @SuppressWarnings("unchecked")
      List<Number> verdictRights = (List<Number>) js("return Array.from(document.querySelectorAll('#overview td.verdict')).map(function (c) {"
          + " return c.getBoundingClientRect().right; });");
      assertThat(verdictRights).allSatisfy(r -> assertThat(r.doubleValue()).isLessThanOrEqualTo(794.0));
      fullPage(Files.createDirectories(Fixtures.target().resolve("screenshots")).resolve("report-print.png"));
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Radar labels are 11 px at desk and phone widths, and no text of any radar falls outside its chart. */
  @Test void radarLabelsAreLegibleAndNotClipped() throws Exception {
    for (int width : new int[] {1280, 390}) {
      load(width, width < 600);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> radars = (List<Map<String, Object>>) js(
          "return Array.from(document.querySelectorAll('[data-chart=radar]')).map(function (el) {"
              + " var ch = echarts.getInstanceByDom(el), W = ch.getWidth(), H = ch.getHeight(), bad = [], texts = 0;"
              + " ch.getZr().storage.getDisplayList(true).forEach(function (e) { if (!e.style || typeof e.style.text !== 'string' || !e.style.text) return;"
              + "  texts++; var r = e.getBoundingRect().clone(), m = e.getComputedTransform(); if (m) r.applyTransform(m);"
              + "  if (r.x < -0.5 || r.y < -0.5 || r.x + r.width > W + 0.5 || r.y + r.height > H + 0.5) bad.push(e.style.text); });"
              + " return {font: ch.getOption().angleAxis[0].axisLabel.fontSize, texts: texts, clipped: bad}; });");
      assertThat(radars).isNotEmpty();
      for (Map<String, Object> r : radars) {
        assertThat(((Number) r.get("font")).intValue()).isGreaterThanOrEqualTo(11);
        assertThat(((Number) r.get("texts")).intValue()).isGreaterThan(5);
        assertThat((List<?>) r.get("clipped")).as("radar texts outside the chart at " + width + " px").isEmpty();
      }
    }
  }

  /** Issue 13: "undetermined" reads as its own answer — hatched, with its settledness — and has its own band and legend in timelines. */
  @Test void undeterminedVerdictsHaveTheirOwnLookAndLegend() {
    load(1280, false);
    List<WebElement> undetermined = driver.findElements(By.cssSelector("td.verdict-undetermined"));
    assertThat(undetermined).isNotEmpty();
    assertThat(undetermined).allSatisfy(td -> assertThat(td.getText()).contains("undetermined").contains("evidence cannot decide"));
    WebElement settled = driver.findElements(By.cssSelector("td.verdict")).stream()
        .filter(td -> !td.getAttribute("class").contains("verdict-undetermined") && td.getText().contains("settled")).findFirst().orElseThrow();
    assertThat(undetermined.get(0).getCssValue("background-image")).contains("repeating-linear-gradient");
    assertThat(settled.getCssValue("background-image")).isEqualTo("none");
    @SuppressWarnings("unchecked")
    List<Number> bands = (List<Number>) js("return Array.from(document.querySelectorAll('[data-chart=timeline]')).map(function (el) {"
        + "var s = echarts.getInstanceByDom(el).getOption().series.filter(function (x) { return x.name === 'Verdict undetermined'; });"
        + "return s.length === 0 ? 0 : s[0].markArea.data.length; });");
    assertThat(bands.stream().mapToInt(Number::intValue).sum()).isPositive();
  }

  @Test void readsAtPhoneWidth() throws Exception {
    load(390, true);
    // nothing wider than the screen but the scrollable table wrappers
    Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
    for (WebElement el : charts) assertThat(el.getSize().getWidth()).isLessThanOrEqualTo(390);
    assertThat(driver.findElements(By.cssSelector("[data-chart-error]"))).isEmpty();
    Path shots = Files.createDirectories(Fixtures.target().resolve("screenshots"));
    fullPage(shots.resolve("report-phone.png"));
  }

  /** A screenshot of the whole page (Chrome DevTools Protocol, beyond the viewport). */
  private static void fullPage(Path file) throws Exception {
    Number h = (Number) js("return Math.min(document.documentElement.scrollHeight, 16000);");
    Number w = (Number) js("return document.documentElement.clientWidth;");
    js("window.scrollTo(0, 0);");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The share of pixels that are not (near) white. */
  static double inkedShare(byte[] png) throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    long inked = 0, all = (long) img.getWidth() * img.getHeight();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) inked++;
      }
    }
    return all == 0 ? 0 : (double) inked / all;
  }
}
