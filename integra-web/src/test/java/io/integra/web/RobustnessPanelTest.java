package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case page's "Robustness" panel (issue 11, point 6) in a real Chromium, with BrowserTest's
 * driver: the stacked bar draws the shares /api/robustness returns, the lists print them, the flips
 * are listed with their evidence, and no script error or CSP violation occurs.
 */
@Tag("browser")
class RobustnessPanelTest {
  @BeforeAll static void start() throws IOException { BrowserTest.start(); }

  @AfterAll static void stop() { BrowserTest.stop(); }

  @Test void thePanelDrawsTheSharesOfTheApi() throws IOException {
    int mixed = 0;
    for (String page : List.of("test-union?lens=deutsch-1957&coder=thesis&at=2012-01-01", "test-pact?lens=deutsch-1957&at=2012-01-01")) {
      mixed += panel(page);
    }
    assertThat(mixed).as("pages whose verdict is not 100 % robust (several segments in the bar)").isPositive();
  }

  /** Checks the panel of one case page; returns 1 when the bar has several segments. */
  int panel(String page) throws IOException {
    String q = page.substring(page.indexOf('?') + 1);
    JsonNode api = Http.json(new Http(BrowserTest.ts).get("/api/robustness?case=" + page.substring(0, page.indexOf('?')) + "&" + q));
    BrowserTest.driver.get(BrowserTest.ts.url("/cases/" + page));
    BrowserTest.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#robustness-shares[data-drawn]")));
    BrowserTest.chartsDrawn("robustness-shares");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> drawn = (List<Map<String, Object>>) ((JavascriptExecutor) BrowserTest.driver).executeScript(
        "return echarts.getInstanceByDom(document.getElementById('robustness-shares')).getOption().series"
            + ".map(function (s) { return {name: s.name, share: s.data[0]}; });");
    List<String> expected = new ArrayList<>(), shown = new ArrayList<>();
    for (JsonNode v : api.get("verdicts")) expected.add(v.get("verdict").asText() + "=" + v.get("share").asDouble());
    for (Map<String, Object> s : drawn) shown.add(s.get("name") + "=" + ((Number) s.get("share")).doubleValue());
    assertThat(shown).isEqualTo(expected);

    assertThat(BrowserTest.driver.findElement(By.id("robustness-summary")).getText()).startsWith(api.get("summary").asText());
    List<WebElement> items = BrowserTest.driver.findElements(By.cssSelector("#robustness-verdicts > li"));
    assertThat(items).hasSize(api.get("verdicts").size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode v = api.get("verdicts").get(i);
      assertThat(items.get(i).getText()).startsWith(v.get("verdict").asText() + ": "
          + String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v.get("share").asDouble()));
    }
    int sets = api.get("flips").get("sets").size();
    List<WebElement> flips = BrowserTest.driver.findElements(By.cssSelector("#robustness-flips > li"));
    if (sets > 0) {
      assertThat(flips).hasSizeGreaterThanOrEqualTo(sets);
      JsonNode first = api.get("flips").get("sets").get(0);
      assertThat(flips.get(0).getText()).contains("→ " + first.get("verdict").asText())
          .contains(first.get("changes").get(0).get("criterion").asText());
    }
    long moving = 0;
    for (JsonNode t : api.get("tornado")) if (t.get("changed").asLong() > 0) moving++;
    if (moving > 0) {
      BrowserTest.chartsDrawn("robustness-tornado");
      Object bars = ((JavascriptExecutor) BrowserTest.driver).executeScript(
          "return echarts.getInstanceByDom(document.getElementById('robustness-tornado')).getOption().yAxis[0].data.length;");
      assertThat(((Number) bars).longValue()).isEqualTo(Math.min(8, moving));
    }
    BrowserTest.shot("20-case-robustness-" + page.substring(0, page.indexOf('?')));
    BrowserTest.noScriptErrors();
    return api.get("verdicts").size() > 1 ? 1 : 0;
  }
}
