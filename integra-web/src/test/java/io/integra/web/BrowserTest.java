package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * sign in, code a criterion, see the verdict change on the case page, compare two cases. Every
 * step leaves a screenshot in target/screenshots/ (desk and phone widths).
 */
@Tag("browser")
class BrowserTest {
  static final Path SHOTS = Path.of("target", "screenshots");
  static TestServer ts;
  static ChromeDriver driver;
  static Path profile;

  @BeforeAll static void start() throws IOException {
    assertThat(Path.of("/usr/bin/chromium")).as("Chromium (apt-get install chromium chromium-driver)").exists();
    assertThat(Path.of("/usr/bin/chromedriver")).as("ChromeDriver (apt-get install chromium-driver)").exists();
    Files.createDirectories(SHOTS);
    ts = TestServer.start();
    profile = Files.createTempDirectory("integra-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll static void stop() {
    if (driver != null) driver.quit();
    if (ts != null) ts.close();
  }

  /** A full-page screenshot: the window is stretched to the page's height (at most 5000 px) for the shot. */
  static void shot(String name) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) driver).executeScript("return Math.ceil(document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(5000, Math.max(before.getHeight(), height + 140))));
    try {
      Thread.sleep(300); // let ECharts redraw at the new size
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(before);
  }

  static WebDriverWait waitFor() { return new WebDriverWait(driver, Duration.ofSeconds(15)); }

  /** Waits until the page's ECharts charts have drawn (a canvas inside the chart element). */
  static void chartsDrawn(String... ids) {
    for (String id : ids) waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
  }

  static void noScriptErrors() {
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).as("console errors (CSP violations, script errors)").isEmpty();
  }

  @Test void signInCodeACriterionSeeTheVerdictChangeAndCompare() throws IOException {
    String casePage = ts.url("/cases/test-union?lens=deutsch-1957&coder=thesis&at=2012-01-01");
    driver.get(casePage);
    assertThat(verdict()).isEqualTo("pluralistic");
    chartsDrawn("timeline-chart", "radar-chart", "dimension-chart");
    shot("01-case-before");
    noScriptErrors();

    // sign in
    driver.findElement(By.id("sign-in-link")).click();
    driver.findElement(By.id("username")).sendKeys(TestServer.USER);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    shot("02-sign-in");
    driver.findElement(By.id("login-submit")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    assertThat(driver.findElement(By.id("signed-in-user")).getText()).isEqualTo(TestServer.USER);

    // code a criterion: responsiveness goes from 1 to 0, so values * responsiveness * predictability = 0
    driver.get(casePage);
    driver.findElement(By.id("code-link")).click();
    WebElement yaml = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("yaml")));
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("valid")));
    String text = yaml.getAttribute("value");
    assertThat(text).contains("responsiveness:");
    // first a score off the scale: the editor says so at line:column, as `integra validate` would
    String bad = text.replaceFirst("(responsiveness:\\s*\\n\\s*score: )1(\\.0)?", "$10.5");
    assertThat(bad).isNotEqualTo(text);
    setText(yaml, bad);
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "not on scale 'four-value'"));
    assertThat(driver.findElement(By.id("problems")).getText()).matches("(?s)\\d+:\\d+: score 0\\.5 of 'responsiveness' is not on scale.*");
    shot("03-editor-problem");
    String good = text.replaceFirst("(responsiveness:\\s*\\n\\s*score: )1(\\.0)?", "$10");
    setText(yaml, good);
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("valid")));
    driver.findElement(By.id("note")).sendKeys("Responsiveness withdrawn after the 2010 suspension (test)");
    shot("04-editor-valid");
    driver.findElement(By.id("save")).click();

    // back on the case page: the verdict changed
    waitFor().until(d -> d.getCurrentUrl().contains("saved="));
    assertThat(verdict()).isEqualTo("none");
    assertThat(driver.getCurrentUrl()).contains("/cases/test-union").contains("coder=thesis");
    chartsDrawn("timeline-chart", "radar-chart");
    shot("05-case-after");
    assertThat(ts.workspace.history("test-union")).anyMatch(h -> TestServer.USER.equals(h.actor()) && h.note().contains("Responsiveness withdrawn"));

    // compare two cases
    driver.get(ts.url("/compare"));
    for (WebElement box : driver.findElements(By.cssSelector("input[name=cases]"))) if (!box.isSelected()) box.click();
    WebElement at = driver.findElement(By.id("at"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2012-01-01';", at);
    driver.findElement(By.id("compare-submit")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#separations article.separation")));
    chartsDrawn("heatmap-chart");
    assertThat(driver.findElement(By.id("separations")).getText()).contains("What separates");
    assertThat(driver.findElements(By.cssSelector("#compare-verdicts tbody tr"))).hasSize(2);
    shot("06-compare");
    noScriptErrors();

    // phone width
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(casePage);
    chartsDrawn("timeline-chart");
    Object wide = ((JavascriptExecutor) driver).executeScript(
        "var out = []; document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.right > window.innerWidth + 1 && !e.closest('.scroll')) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); });"
        + " return document.documentElement.scrollWidth > window.innerWidth + 1 ? out.slice(0, 10).join(', ') : '';");
    assertThat(wide).as("elements wider than a phone screen").isEqualTo("");
    shot("07-case-phone");
    driver.get(ts.url("/?at=2012-01-01"));
    shot("08-overview-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(ts.url("/?at=2012-01-01"));
    shot("09-overview-desk");
  }

  @Test void scriptInACodingShowsAsTextInTheBrowser() throws IOException {
    Http h = new Http(ts);
    String token = h.signIn();
    String evil = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
    String yaml = "lens: liberal-intergovernmentalism\ncoder: mallory\nfrom: 2000-01-01\nscale: four-value\ncriteria:\n  preference_formation: {score: 1, rationale: " + Http.quote(evil) + "}\n";
    var r = h.postJson("/api/codings", "{\"case\":\"test-pact\",\"yaml\":" + Http.quote(yaml) + ",\"note\":\"xss probe\"}", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    driver.get(ts.url("/cases/test-pact?lens=liberal-intergovernmentalism&coder=mallory&at=2012-01-01"));
    WebElement rationale = driver.findElement(By.cssSelector("#crit-preference_formation .rationale"));
    assertThat(rationale.getText()).isEqualTo(evil);
    assertThat(driver.getTitle()).doesNotContain("pwned");
    shot("10-script-as-text");
  }

  /**
   * Issue 13 point 10: a coder who does not write YAML picks a period (not the latest one), a
   * criterion, a score on the scale, writes a rationale, cites a source of the bibliography with a
   * locator and the objectives touched; the form is checked as it is filled in; the save lands in
   * the workspace in that period only, with the note in the history.
   */
  @Test void codeACriterionThroughTheFormInAChosenPeriod() throws Exception {
    Http h = new Http(ts);
    String token = h.signIn();
    for (String yaml : List.of(
        "lens: buen-vivir\ncoder: bea\nfrom: 2000-01-01\nto: 2008-01-01\nscale: four-value\ncriteria:\n  values: {score: 1, rationale: early}\n",
        "lens: buen-vivir\ncoder: bea\nfrom: 2008-01-01\nscale: four-value\ncriteria:\n  values: {score: 0.67, rationale: later}\n")) {
      var r = h.postJson("/api/codings", "{\"case\":\"test-union\",\"yaml\":" + Http.quote(yaml) + ",\"note\":\"two periods\"}", token);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    signInInBrowser();
    driver.get(ts.url("/cases/test-union/code/form?lens=buen-vivir"));
    // the picker opens the latest period; choose the earlier one, then a criterion
    Select period = new Select(driver.findElement(By.id("pick-period")));
    assertThat(period.getFirstSelectedOption().getAttribute("value")).isEqualTo("bea|2008-01-01");
    assertThat(period.getOptions()).extracting(o -> o.getAttribute("value")).contains("bea|2000-01-01", "bea|2008-01-01", "new");
    period.selectByValue("bea|2000-01-01");
    waitFor().until(d -> d.getCurrentUrl().contains("period=bea"));
    new Select(driver.findElement(By.id("pick-criterion"))).selectByValue("mobility");
    waitFor().until(d -> d.getCurrentUrl().contains("criterion=mobility"));
    assertThat(new Select(driver.findElement(By.id("pick-period"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("bea|2000-01-01");
    // without a score the form is not valid, and says so as you type
    driver.findElement(By.id("rationale")).sendKeys("People move freely <b>inside</b> the union (test)");
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "score"));
    driver.findElement(By.id("score-0.67")).click();
    new Select(driver.findElement(By.id("ev-0-source"))).selectByValue("thesis");
    driver.findElement(By.id("ev-0-locator")).sendKeys("§4.5.1");
    WebElement objective = driver.findElement(By.id("ev-0-objective-3"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", objective);
    objective.click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("valid")));
    assertThat(driver.findElement(By.id("yaml-preview")).getText()).contains("mobility:").contains("§4.5.1");
    driver.findElement(By.id("note")).sendKeys("Mobility coded with the form (test)");
    shot("11-coding-form");
    driver.findElement(By.id("save")).click();
    waitFor().until(d -> d.getCurrentUrl().contains("saved="));
    assertThat(driver.findElement(By.id("saved")).getText()).contains("Saved");
    // the form shows what was saved
    assertThat(driver.findElement(By.id("score-0.67")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("rationale")).getDomProperty("value")).isEqualTo("People move freely <b>inside</b> the union (test)");
    shot("12-coding-form-saved");
    noScriptErrors();

    // the store: the chosen period has the criterion, with its evidence; the other period is unchanged
    var stored = ts.workspace.codings("test-union").stream().map(sc -> sc.coding()).filter(k -> k.lens().equals("buen-vivir")).toList();
    var early = stored.stream().filter(k -> k.from().toString().equals("2000-01-01")).findFirst().orElseThrow();
    var late = stored.stream().filter(k -> k.from().toString().equals("2008-01-01")).findFirst().orElseThrow();
    var mobility = early.criterion("mobility").orElseThrow();
    assertThat(mobility.score()).isEqualTo(0.67);
    assertThat(mobility.rationale()).isEqualTo("People move freely <b>inside</b> the union (test)");
    assertThat(mobility.evidence()).hasSize(1);
    assertThat(mobility.evidence().get(0).source()).isEqualTo("thesis");
    assertThat(mobility.evidence().get(0).locator()).isEqualTo("§4.5.1");
    assertThat(mobility.evidence().get(0).objectives()).containsExactly(3);
    assertThat(early.criterion("values").orElseThrow().score()).isEqualTo(1.0);
    assertThat(early.to().toString()).isEqualTo("2008-01-01");
    assertThat(late.criterion("mobility")).isEmpty();
    assertThat(ts.workspace.history("test-union")).anyMatch(e -> TestServer.USER.equals(e.actor()) && e.note().contains("Mobility coded with the form"));
  }

  /**
   * Issue 13 points 10 and 11: the map of members draws and shows, at three dates, the members
   * {@code integra case ID --at DATE} prints (IntegrationCase.membersAt); radar labels are at
   * least 11 px and none is clipped; the compare heatmap uses the report's scale and a hatched "?".
   */
  @SuppressWarnings("unchecked")
  @Test void mapRadarAndCompareHeatmapAreReadable() throws Exception {
    var base = io.integra.casebase.CaseBaseLoader.load(List.of(TestServer.fixture()), false);
    var union = base.find("test-union").orElseThrow();
    driver.get(ts.url("/cases/test-union?lens=deutsch-1957&at=2012-01-01"));
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-chart[data-drawn]")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long years = (Long) js.executeScript("return Number(document.getElementById('map-year').max) + 1;");
    assertThat(years).isGreaterThanOrEqualTo(3);
    for (long i : new long[] {0, years / 2, years - 1}) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> shown = (java.util.Map<String, Object>) js.executeScript(
          "var s = document.getElementById('map-year'); s.value = String(arguments[0]); s.dispatchEvent(new Event('input'));"
              + "var o = echarts.getInstanceByDom(document.getElementById('map-chart')).getOption();"
              + "return {date: document.getElementById('map-date').textContent, members: o.series[0].data.filter(function (d) {"
              + " return d.status === 'member'; }).map(function (d) { return d.name; }), text: document.getElementById('map-text').textContent};", i);
      java.time.LocalDate day = java.time.LocalDate.parse((String) shown.get("date"));
      assertThat((List<Object>) shown.get("members")).as("members on the map at " + day).containsExactlyInAnyOrderElementsOf(union.membersAt(day));
      assertThat((String) shown.get("text")).startsWith(union.membersAt(day).size() + " members at " + day);
    }
    assertThat(js.executeScript("return document.getElementById('map-date').textContent;")).isEqualTo("2012-01-01");

    // radar: 11 px labels, every text inside the chart
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> radar = (java.util.Map<String, Object>) js.executeScript(
        "var ch = echarts.getInstanceByDom(document.getElementById('radar-chart')), W = ch.getWidth(), H = ch.getHeight(), bad = [], texts = 0;"
            + "ch.getZr().storage.getDisplayList(true).forEach(function (e) { if (!e.style || typeof e.style.text !== 'string' || !e.style.text) return;"
            + " texts++; var r = e.getBoundingRect().clone(), m = e.getComputedTransform(); if (m) r.applyTransform(m);"
            + " if (r.x < -0.5 || r.y < -0.5 || r.x + r.width > W + 0.5 || r.y + r.height > H + 0.5) bad.push(e.style.text); });"
            + "return {font: ch.getOption().radar[0].axisName.fontSize, axes: ch.getOption().radar[0].indicator.length, texts: texts, clipped: bad};");
    assertThat(((Number) radar.get("font")).intValue()).isGreaterThanOrEqualTo(11);
    assertThat(((Number) radar.get("texts")).intValue()).isGreaterThanOrEqualTo(((Number) radar.get("axes")).intValue());
    assertThat((List<?>) radar.get("clipped")).as("radar labels outside the chart").isEmpty();
    shot("13-case-map-radar");

    // compare: the report's colour scale, unknown hatched with "?"
    driver.get(ts.url("/compare?cases=test-union,test-pact&lens=deutsch-1957&at=2012-01-01"));
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heatmap-chart[data-drawn]")));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> heat = (java.util.Map<String, Object>) js.executeScript(
        "var o = echarts.getInstanceByDom(document.getElementById('heatmap-chart')).getOption();"
            + "return {colors: o.visualMap[0].inRange.color, unknown: o.series[1].data.length, label: o.series[1].label.formatter,"
            + " decal: !!o.series[1].itemStyle.decal, known: o.series[0].data.length, font: o.xAxis[0].axisLabel.fontSize};");
    assertThat((List<Object>) heat.get("colors")).containsExactly("#b35806", "#f7f7f7", "#2166ac");
    assertThat(heat.get("label")).isEqualTo("?");
    assertThat(heat.get("decal")).isEqualTo(true);
    assertThat(((Number) heat.get("unknown")).intValue()).isPositive();
    assertThat(((Number) heat.get("known")).intValue()).isPositive();
    assertThat(((Number) heat.get("font")).intValue()).isGreaterThanOrEqualTo(11);
    shot("14-compare-heatmap");
    noScriptErrors();
  }

  private static void signInInBrowser() {
    driver.get(ts.url("/"));
    if (!driver.findElements(By.id("signed-in-user")).isEmpty()) return;
    driver.findElement(By.id("sign-in-link")).click();
    driver.findElement(By.id("username")).sendKeys(TestServer.USER);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
  }

  /** Issue 13: an uncoded lens reads "undetermined" in the browser, and an undetermined dimension is a gap, not a bar at 0. */
  @Test void anUncodedLensIsUndeterminedAndItsSocialDimensionAGap() throws IOException {
    driver.get(ts.url("/cases/test-pact?lens=buen-vivir&at=2012-01-01"));
    assertThat(verdict()).isEqualTo("undetermined");
    assertThat(driver.findElement(By.id("verdict-settled")).getText()).contains("the evidence cannot decide");
    chartsDrawn("dimension-chart");
    @SuppressWarnings("unchecked")
    List<Object> dims = (List<Object>) ((JavascriptExecutor) driver).executeScript(
        "var o = echarts.getInstanceByDom(document.getElementById('dimension-chart')).getOption();"
        + " return [o.yAxis[0].data[2], o.series[0].data[2], o.series[1].data[2], o.series[2].data[2], o.series[2].name];");
    assertThat(dims.get(0)).isEqualTo("social");
    assertThat(dims.get(1)).isNull();                                   // no bar at 0
    assertThat(((Number) dims.get(2)).doubleValue()).isEqualTo(0.0);   // the band starts at the interval's low end...
    assertThat(((Number) dims.get(3)).doubleValue()).isEqualTo(0.5);   // ...and spans to its high end
    assertThat(dims.get(4)).isEqualTo("undetermined");
    shot("11-case-undetermined");
    noScriptErrors();
  }

  /** The verdict label as written in the page (CSS capitalises it on screen). */
  private static String verdict() { return driver.findElement(By.id("verdict")).getDomProperty("textContent").strip(); }

  private static void setText(WebElement area, String text) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
  }
}
